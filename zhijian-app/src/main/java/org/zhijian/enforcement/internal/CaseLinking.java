package org.zhijian.enforcement.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.LinkedTable;

/** Penalty decisions are linked by the party named. */
@Component
class CaseLinking extends LinkedTable {

    CaseLinking(JdbcClient jdbc, EnterpriseManagement enterprises) {
        super(jdbc, enterprises, "enforcement_case", "party_uscc", "party_name");
    }
}
