package org.zhijian.enforcement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedTable;
import org.zhijian.classification.DescriptionClassification;

/** Penalty decisions get a category and hazard from the violation and the facts found. */
@Component
class CaseClassifying extends ClassifiedTable {

    CaseClassifying(JdbcClient jdbc, DescriptionClassification descriptions, ClassificationManagement classification) {
        super(jdbc, descriptions, classification, "enforcement_case", "violation_type", "facts");
    }
}
