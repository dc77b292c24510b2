package org.zhijian.credit.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.algo.credit.HardRule;
import org.zhijian.algo.credit.Indicator;
import org.zhijian.algo.credit.Outcome;
import org.zhijian.algo.credit.ScoreLine;
import org.zhijian.credit.SheetLine;
import org.zhijian.enterprise.RegistryEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored classes and their score sheets. A sheet keeps the lines that counted a fact or gave points and the
 * rules that fired; reading it back under its scheme restores every indicator's line, the others at 0.
 */
@Component
class ClassRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ClassRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enterprise and its outcome, to store; {@code national} the imported class that overrides, or null. */
    record Row(RegistryEntry enterprise, Outcome outcome, String national) {

        String finalClass() {
            return national != null ? national : outcome.creditClass().name();
        }
    }

    /** Stores a slice's rows in one statement (arrays unnested), overwriting an earlier pass's. */
    void store(YearMonth month, String version, int pass, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into credit_class (month, scheme_version, uscc, county_code, prefecture_code, industry_code,
                    credit_class, score, score_class, sheet, pass)
                select :month, :version, u, c, p, i, k, s, sk, sh, :pass
                from unnest(cast(:usccs as text[]), cast(:counties as text[]), cast(:prefectures as text[]),
                    cast(:industries as text[]), cast(:classes as text[]), cast(:scores as numeric[]),
                    cast(:scoreClasses as text[]), cast(:sheets as text[])) as t(u, c, p, i, k, s, sk, sh)
                on conflict (month, scheme_version, uscc) do update set county_code = excluded.county_code,
                    prefecture_code = excluded.prefecture_code, industry_code = excluded.industry_code,
                    credit_class = excluded.credit_class, score = excluded.score, score_class = excluded.score_class,
                    sheet = excluded.sheet, pass = excluded.pass""")
                .param("month", Date.valueOf(month.atDay(1)))
                .param("version", version)
                .param("pass", pass)
                .param("usccs", column(rows, r -> r.enterprise().uscc()))
                .param("counties", column(rows, r -> r.enterprise().countyCode()))
                .param("prefectures", column(rows, r -> r.enterprise().prefectureCode()))
                .param("industries", column(rows, r -> r.enterprise().industryCode()))
                .param("classes", column(rows, Row::finalClass))
                .param(
                        "scores",
                        rows.stream()
                                .map(r -> BigDecimal.valueOf(r.outcome().score()))
                                .toArray(BigDecimal[]::new))
                .param(
                        "scoreClasses",
                        column(rows, r -> r.outcome().scoreClass().name()))
                .param("sheets", column(rows, r -> sheet(r.outcome(), r.national())))
                .update();
    }

    private static String[] column(List<Row> rows, java.util.function.Function<Row, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    static String sheet(Outcome o, String national) {
        List<Object> lines = new ArrayList<>();
        for (ScoreLine l : o.lines()) {
            if (l.count() > 0 || l.points() != 0) {
                lines.add(List.of(l.indicator(), l.count(), l.points(), l.references()));
            }
        }
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("l", lines);
        sheet.put("r", o.rulesFired().stream().map(HardRule::code).toList());
        if (national != null) {
            sheet.put("n", national);
        }
        return JSON.writeValueAsString(sheet);
    }

    /** The sheet's lines under its scheme: the base, then every indicator in scheme order. */
    static List<SheetLine> lines(CreditScheme scheme, String sheet) {
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        JSON.readTree(sheet).path("l").forEach(l -> stored.put(l.get(0).asString(), l));
        List<SheetLine> lines = new ArrayList<>();
        lines.add(line("BASE", "基础分", "", stored.get("BASE")));
        for (Indicator i : scheme.indicators()) {
            lines.add(line(i.code(), i.name(), i.dimension(), stored.get(i.code())));
        }
        return lines;
    }

    /** The statements of the rules that fired. */
    static List<String> rules(CreditScheme scheme, String sheet) {
        List<String> codes = new ArrayList<>();
        JSON.readTree(sheet).path("r").forEach(r -> codes.add(r.asString()));
        List<String> fired = new ArrayList<>(scheme.rules().stream()
                .filter(r -> codes.contains(r.code()))
                .map(HardRule::name)
                .toList());
        JsonNode national = JSON.readTree(sheet).path("n");
        if (!national.isMissingNode()) {
            fired.add("按国家平台导入的分类列为 " + national.asString() + " 类（覆盖本平台分类）");
        }
        return fired;
    }

    private static SheetLine line(String code, String name, String dimension, JsonNode stored) {
        if (stored == null) {
            return new SheetLine(code, name, dimension, 0, BigDecimal.ZERO.setScale(2), List.of());
        }
        List<String> refs = new ArrayList<>();
        stored.get(3).forEach(r -> refs.add(r.asString()));
        return new SheetLine(
                code,
                name,
                dimension,
                stored.get(1).asInt(),
                BigDecimal.valueOf(stored.get(2).asDouble()).setScale(2, java.math.RoundingMode.HALF_UP),
                refs);
    }
}
