package org.zhijian.complaint.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedTable;
import org.zhijian.classification.DescriptionClassification;

/** Complaints get a category and hazard from the product named and the complaint text. */
@Component
class ComplaintClassifying extends ClassifiedTable {

    ComplaintClassifying(
            JdbcClient jdbc, DescriptionClassification descriptions, ClassificationManagement classification) {
        super(jdbc, descriptions, classification, "complaint", "product", "description");
    }
}
