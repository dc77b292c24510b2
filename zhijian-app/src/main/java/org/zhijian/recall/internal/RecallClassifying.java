package org.zhijian.recall.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedTable;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.platform.RecordsChanged;

/** Recalls get a category and hazard from the product and the source's category, hazard and description. */
@Component
class RecallClassifying extends ClassifiedTable {

    private final ApplicationEventPublisher events;

    RecallClassifying(
            JdbcClient jdbc,
            DescriptionClassification descriptions,
            ClassificationManagement classification,
            ApplicationEventPublisher events) {
        super(
                jdbc,
                descriptions,
                classification,
                "recall",
                "product",
                "concat_ws('。', nullif(product_category, ''), nullif(hazard, ''), nullif(hazard_category, ''),"
                        + " nullif(description, ''))");
        this.events = events;
    }

    @Override
    protected void changed() {
        events.publishEvent(new RecordsChanged("recall"));
    }
}
