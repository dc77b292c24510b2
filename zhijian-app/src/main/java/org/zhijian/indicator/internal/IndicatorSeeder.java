package org.zhijian.indicator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the plan's indicators (专栏1, {@code masterdata/plan-indicators-hunan-14th.csv}) once, in one transaction. */
@Component
@Order(12)
class IndicatorSeeder implements ApplicationRunner {

    static final String PLAN = "HN-14";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PlanLoader loader;
    private final Resource file;

    IndicatorSeeder(
            JdbcClient jdbc,
            TransactionTemplate tx,
            PlanLoader loader,
            @Value("${zhijian.masterdata.indicators:classpath:masterdata/plan-indicators-hunan-14th.csv}")
                    Resource file) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.loader = loader;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean present = jdbc.sql("select count(*) from indicator_plan where code = ?")
                        .param(PLAN)
                        .query(Integer.class)
                        .single()
                > 0;
        if (present) {
            return;
        }
        String csv = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        tx.executeWithoutResult(s -> {
            jdbc.sql("insert into indicator_plan (code, name, start_year, end_year, created_by)"
                            + " values (?, '湖南省“十四五”质量强省规划', 2021, 2025, 'system')")
                    .param(PLAN)
                    .update();
            loader.load(PLAN, csv);
        });
    }
}
