package org.zhijian.ecommerce.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.LinkedTable;

/** Listings are linked by the seller named. */
@Component
class ListingLinking extends LinkedTable {

    ListingLinking(JdbcClient jdbc, EnterpriseManagement enterprises) {
        super(jdbc, enterprises, "listing", "seller_uscc", "seller_name");
    }
}
