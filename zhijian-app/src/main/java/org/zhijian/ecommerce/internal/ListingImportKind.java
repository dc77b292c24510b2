package org.zhijian.ecommerce.internal;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Listings from files (a monitoring tool's export) or one by the API: one per product link, within the officer's area. */
@Component
class ListingImportKind extends TableImportKind {

    private final ListingRules rules;
    private final ListingLinking linking;
    private final ListingClassifying classifying;

    ListingImportKind(
            ListingRules rules, CurrentActor currentActor, ListingLinking linking, ListingClassifying classifying) {
        super(
                "listings",
                "电商商品",
                ListingColumns.ALL,
                "listing",
                "url",
                ListingRules.STORED,
                ListingRules::type,
                "link_status = null",
                currentActor);
        this.rules = rules;
        this.linking = linking;
        this.classifying = classifying;
    }

    /** New records are linked to the registry and classified. */
    @Override
    protected void arrived() {
        linking.linkPending();
        classifying.classifyPending();
    }

    @Override
    protected String[] check(long line, Map<String, String> fields, Consumer<RowError> errors) {
        return rules.check(line, fields, errors);
    }
}
