package org.zhijian.injury.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedTable;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.platform.RecordsChanged;

/** Injury cases get a category and hazard from the product and the hazard, injury and account as written. */
@Component
class InjuryClassifying extends ClassifiedTable {

    private final ApplicationEventPublisher events;

    InjuryClassifying(
            JdbcClient jdbc,
            DescriptionClassification descriptions,
            ClassificationManagement classification,
            ApplicationEventPublisher events) {
        super(
                jdbc,
                descriptions,
                classification,
                "injury",
                "product",
                "concat_ws('，', nullif(description, ''), nullif(hazard_type, ''), nullif(injury_type, ''))");
        this.events = events;
    }

    @Override
    protected void changed() {
        events.publishEvent(new RecordsChanged("injury"));
    }
}
