package org.zhijian.complaint.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.LinkedTable;

/** Complaints are linked by the respondent named. */
@Component
class ComplaintLinking extends LinkedTable {

    ComplaintLinking(JdbcClient jdbc, EnterpriseManagement enterprises) {
        super(jdbc, enterprises, "complaint", "respondent_uscc", "respondent_name");
    }
}
