package org.zhijian.indicator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * Reads a plan's indicators from CSV in the columns of {@code masterdata/plan-indicators-hunan-14th.csv} (no,
 * domain_zh, name_zh, name_en, unit, baseline_year, baseline_value, target_year, target_comparator, target_value,
 * target_text_zh, attribute_zh or attribute_en) and stores them — every row checked first, each problem named by row
 * and column, nothing stored unless all are right (the caller's transaction). The plan's pass rates are marked
 * computed by name.
 */
@Component
class PlanLoader {

    /** The pass-rate indicators the sampling records give, by name, and the sampling module's keys. */
    static final Map<String, String> COMPUTED = Map.of(
            "制造业产品质量合格率", "manufacturing",
            "消费品质量合格率", "consumer",
            "食品安全评价性抽检合格率", "food",
            "农产品质量合格率", "agricultural",
            "基本药物抽验合格率", "drug");

    private static final List<String> REQUIRED = List.of(
            "no",
            "domain_zh",
            "name_zh",
            "unit",
            "baseline_year",
            "baseline_value",
            "target_year",
            "target_comparator",
            "target_value");

    private final JdbcClient jdbc;

    PlanLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(
            int no,
            String domain,
            String name,
            String nameEn,
            String unit,
            int baselineYear,
            BigDecimal baseline,
            int targetYear,
            String comparator,
            BigDecimal target,
            String text,
            String attribute) {}

    /** Stores the plan's rows; returns how many. */
    int load(String plan, String csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "文件无法按 CSV 读取：" + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED.stream()
                .filter(c -> records.isEmpty() || !records.get(0).isMapped(c))
                .toList();
        if (records.isEmpty() || !missing.isEmpty()) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, records.isEmpty() ? "文件中没有指标" : "缺少列 " + missing);
        }
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : records) {
            Row row = row(r, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(
                    IndicatorValues.INVALID, String.join("；", problems.subList(0, Math.min(20, problems.size()))));
        }
        rows.forEach(row -> insert(plan, row));
        return rows.size();
    }

    private Row row(CSVRecord r, List<String> problems) {
        long line = r.getRecordNumber() + 1;
        int before = problems.size();
        Integer no = integer(r, "no", line, problems);
        Integer baselineYear = integer(r, "baseline_year", line, problems);
        Integer targetYear = integer(r, "target_year", line, problems);
        BigDecimal baseline = decimal(r, "baseline_value", line, problems);
        String comparator = r.get("target_comparator");
        if (!List.of(">=", "<=", "=", ">=national").contains(comparator)) {
            problems.add("第 " + line + " 行「target_comparator」应为 >=、<=、= 或 >=national：" + comparator);
        }
        BigDecimal target = r.get("target_value").isBlank() && ">=national".equals(comparator)
                ? null
                : decimal(r, "target_value", line, problems);
        String attribute = attribute(r);
        if (attribute == null) {
            problems.add("第 " + line + " 行「attribute」应为 预期性/expected 或 约束性/binding");
        }
        for (String c : List.of("domain_zh", "name_zh", "unit")) {
            if (r.get(c).isBlank()) {
                problems.add("第 " + line + " 行「" + c + "」不能为空");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(
                no,
                r.get("domain_zh"),
                r.get("name_zh"),
                optional(r, "name_en"),
                r.get("unit"),
                baselineYear,
                baseline,
                targetYear,
                comparator,
                target,
                optional(r, "target_text_zh"),
                attribute);
    }

    private static String attribute(CSVRecord r) {
        String text = (optional(r, "attribute_en") + " " + optional(r, "attribute_zh")).toLowerCase(Locale.ROOT);
        return text.contains("binding") || text.contains("约束")
                ? "BINDING"
                : text.contains("expected") || text.contains("预期") ? "EXPECTED" : null;
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    private static Integer integer(CSVRecord r, String column, long line, List<String> problems) {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            problems.add("第 " + line + " 行「" + column + "」应为整数：" + r.get(column));
            return null;
        }
    }

    private static BigDecimal decimal(CSVRecord r, String column, long line, List<String> problems) {
        try {
            return new BigDecimal(r.get(column));
        } catch (NumberFormatException e) {
            problems.add("第 " + line + " 行「" + column + "」应为数值：" + r.get(column));
            return null;
        }
    }

    private void insert(String plan, Row r) {
        jdbc.sql("""
                insert into indicator (plan_code, no, domain, name, name_en, unit, comparator, baseline_year,
                    baseline_value, target_year, target_value, target_text, attribute, source, computed_key)
                values (:plan, :no, :domain, :name, :nameEn, :unit, :comparator, :baselineYear, :baseline, :targetYear,
                    :target, :text, :attribute, :source, :key)""")
                .param("plan", plan)
                .param("no", r.no())
                .param("domain", r.domain())
                .param("name", r.name())
                .param("nameEn", r.nameEn())
                .param("unit", r.unit())
                .param("comparator", r.comparator())
                .param("baselineYear", r.baselineYear())
                .param("baseline", r.baseline())
                .param("targetYear", r.targetYear())
                .param("target", r.target())
                .param("text", r.text())
                .param("attribute", r.attribute())
                .param("source", COMPUTED.containsKey(r.name()) ? "COMPUTED" : "ENTERED")
                .param("key", COMPUTED.get(r.name()))
                .update();
    }
}
