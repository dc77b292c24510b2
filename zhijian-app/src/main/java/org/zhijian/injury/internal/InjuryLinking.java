package org.zhijian.injury.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.LinkedTable;

/** Injury cases are linked by the manufacturer named. */
@Component
class InjuryLinking extends LinkedTable {

    InjuryLinking(JdbcClient jdbc, EnterpriseManagement enterprises) {
        super(jdbc, enterprises, "injury", "manufacturer_uscc", "manufacturer");
    }
}
