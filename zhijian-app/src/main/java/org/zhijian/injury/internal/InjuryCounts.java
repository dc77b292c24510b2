package org.zhijian.injury.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CountedTable;

/** Injury cases per day of occurrence, county and category (series INJURY). */
@Component
class InjuryCounts extends CountedTable {

    InjuryCounts(JdbcClient jdbc) {
        super(
                jdbc,
                new Definition(
                        "INJURY",
                        "产品伤害",
                        "injury",
                        "injury",
                        "occurred_on",
                        "true",
                        "count(*)",
                        "0",
                        "true",
                        "case_no",
                        "product || '：' || injury_type",
                        "/injuries/"));
    }
}
