package org.zhijian.injury.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CountedTable;

/** Serious and very serious injuries (severity 3 and 4) per day, county and category (series INJURY_SEVERE). */
@Component
class SevereInjuryCounts extends CountedTable {

    SevereInjuryCounts(JdbcClient jdbc) {
        super(
                jdbc,
                new Definition(
                        "INJURY_SEVERE",
                        "严重伤害",
                        "injury",
                        "injury",
                        "occurred_on",
                        "severity >= 3",
                        "count(*)",
                        "0",
                        "severity >= 3",
                        "case_no",
                        "product || '：' || injury_type",
                        "/injuries/"));
    }
}
