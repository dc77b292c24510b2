package org.zhijian.ecommerce.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CountedTable;

/** Listings taken down (下架) per day of removal, county of the seller and category (series LISTING_REMOVED). */
@Component
class RemovedListingCounts extends CountedTable {

    RemovedListingCounts(JdbcClient jdbc) {
        super(
                jdbc,
                new Definition(
                        "LISTING_REMOVED",
                        "电商下架",
                        "listing",
                        "listing",
                        "removed_on",
                        "removed_on is not null",
                        "count(*)",
                        "0",
                        "removed_on is not null",
                        "platform",
                        "shop || '：' || product",
                        "/listings/"));
    }
}
