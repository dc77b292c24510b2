package org.zhijian.ecommerce.internal;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportRow;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Listings from files (a monitoring tool's export): one row per product link, within the importer's area. */
@Component
class ListingImportKind extends TableImportKind {

    private final ListingRules rules;
    private final CurrentActor currentActor;

    ListingImportKind(ListingRules rules, CurrentActor currentActor) {
        super(
                "listings",
                "电商商品",
                ListingColumns.ALL,
                "listing",
                "url",
                ListingRules.STORED,
                ListingRules::type,
                "link_status = null");
        this.rules = rules;
        this.currentActor = currentActor;
    }

    @Override
    protected String[] check(ImportRow row, Consumer<RowError> errors) {
        String[] values = rules.check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[8], values[9], null)) {
            errors.accept(new RowError(row.line(), ListingColumns.header("county_code"), values[8], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    @Override
    protected String importer() {
        return currentActor.get().username();
    }
}
