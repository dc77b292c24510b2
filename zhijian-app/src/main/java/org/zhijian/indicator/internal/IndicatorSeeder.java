package org.zhijian.indicator.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the plan's indicators (专栏1, {@code masterdata/plan-indicators-hunan-14th.csv}) once, in one transaction.
 * The five pass rates the sampling records give are marked computed, by name.
 */
@Component
@Order(12)
class IndicatorSeeder implements ApplicationRunner {

    static final String PLAN = "HN-14";

    /** The plan's pass-rate indicators and the sampling module's keys for them. */
    private static final Map<String, String> COMPUTED = Map.of(
            "制造业产品质量合格率", "manufacturing",
            "消费品质量合格率", "consumer",
            "食品安全评价性抽检合格率", "food",
            "农产品质量合格率", "agricultural",
            "基本药物抽验合格率", "drug");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Resource file;

    IndicatorSeeder(
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${zhijian.masterdata.indicators:classpath:masterdata/plan-indicators-hunan-14th.csv}")
                    Resource file) {
        this.jdbc = jdbc;
        this.tx = tx;
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
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            var records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
            tx.executeWithoutResult(s -> {
                jdbc.sql("insert into indicator_plan (code, name, start_year, end_year, created_by)"
                                + " values (?, '湖南省“十四五”质量强省规划', 2021, 2025, 'system')")
                        .param(PLAN)
                        .update();
                records.forEach(this::insert);
            });
        }
    }

    private void insert(CSVRecord r) {
        String name = r.get("name_zh");
        String comparator = r.get("target_comparator");
        jdbc.sql("""
                insert into indicator (plan_code, no, domain, name, name_en, unit, comparator, baseline_year,
                    baseline_value, target_year, target_value, target_text, attribute, source, computed_key)
                values (:plan, :no, :domain, :name, :nameEn, :unit, :comparator, :baselineYear, :baseline, :targetYear,
                    :target, :text, :attribute, :source, :key)""")
                .param("plan", PLAN)
                .param("no", Integer.parseInt(r.get("no")))
                .param("domain", r.get("domain_zh"))
                .param("name", name)
                .param("nameEn", r.get("name_en"))
                .param("unit", r.get("unit"))
                .param("comparator", comparator)
                .param("baselineYear", Integer.parseInt(r.get("baseline_year")))
                .param("baseline", new java.math.BigDecimal(r.get("baseline_value")))
                .param("targetYear", Integer.parseInt(r.get("target_year")))
                .param(
                        "target",
                        r.get("target_value").isBlank() ? null : new java.math.BigDecimal(r.get("target_value")))
                .param("text", r.get("target_text_zh"))
                .param("attribute", r.get("attribute_en").toUpperCase(java.util.Locale.ROOT))
                .param("source", COMPUTED.containsKey(name) ? "COMPUTED" : "ENTERED")
                .param("key", COMPUTED.get(name))
                .update();
    }
}
