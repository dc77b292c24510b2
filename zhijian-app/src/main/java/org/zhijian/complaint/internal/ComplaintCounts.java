package org.zhijian.complaint.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CountedTable;

/** Complaints per day received, county and category (series COMPLAINT). */
@Component
class ComplaintCounts extends CountedTable {

    ComplaintCounts(JdbcClient jdbc) {
        super(
                jdbc,
                new Definition(
                        "COMPLAINT",
                        "投诉举报",
                        "complaint",
                        "complaint",
                        "cast(received_at as date)",
                        "true",
                        "count(*)",
                        "0",
                        "true",
                        "complaint_no",
                        "respondent_name || '：' || product",
                        "/complaints/"));
    }
}
