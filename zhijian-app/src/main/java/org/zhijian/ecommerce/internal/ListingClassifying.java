package org.zhijian.ecommerce.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedTable;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.platform.RecordsChanged;

/** Listings get a category from the product's title (and a hazard type where the title or referral names one). */
@Component
class ListingClassifying extends ClassifiedTable {

    private final ApplicationEventPublisher events;

    ListingClassifying(
            JdbcClient jdbc,
            DescriptionClassification descriptions,
            ClassificationManagement classification,
            ApplicationEventPublisher events) {
        super(jdbc, descriptions, classification, "listing", "product", "referral_note");
        this.events = events;
    }

    @Override
    protected void changed() {
        events.publishEvent(new RecordsChanged("listing"));
    }
}
