package org.zhijian.complaint.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedTable;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.platform.RecordsChanged;

/** Complaints get a category and hazard from the product named and the complaint text. */
@Component
class ComplaintClassifying extends ClassifiedTable {

    private final ApplicationEventPublisher events;

    ComplaintClassifying(
            JdbcClient jdbc,
            DescriptionClassification descriptions,
            ClassificationManagement classification,
            ApplicationEventPublisher events) {
        super(jdbc, descriptions, classification, "complaint", "product", "description");
        this.events = events;
    }

    @Override
    protected void changed() {
        events.publishEvent(new RecordsChanged("complaint"));
    }
}
