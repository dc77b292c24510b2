package org.zhijian.credit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.credit.NationalImport;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.RowError;

/**
 * Classes from the national credit platform (国家企业信用信息公示系统's classification, or the province's): a table
 * of month, credit code and class, checked whole before anything is stored (every row error listed by row and
 * column), stored idempotently. {@code zhijian.credit.national-classes} says what they do: {@code beside} (default)
 * shows them next to the platform's own class; {@code override} makes them the class of the month in the runs.
 */
@Component
class NationalClasses {

    static final String MONTH = "月份";
    static final String USCC = "统一社会信用代码";
    static final String CLASS = "类别";

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;
    private final boolean override;

    NationalClasses(
            JdbcClient jdbc,
            EnterpriseManagement enterprises,
            @Value("${zhijian.credit.national-classes:beside}") String mode) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.override = "override".equalsIgnoreCase(mode.strip());
    }

    boolean overrides() {
        return override;
    }

    /** One checked row; {@code codeValid} whether its credit code passed GB 32100 (and the override list). */
    private record Row(YearMonth month, String uscc, String creditClass, boolean codeValid) {}

    private static final int BATCH = 1_000;

    @Transactional
    NationalImport load(String fileName, byte[] content, String source, String by) {
        List<Map<String, String>> rows;
        try {
            rows = SheetRows.read(fileName, content);
        } catch (SheetRows.Unreadable e) {
            throw new BusinessRuleViolation(CreditErrors.BAD_FILE, e.getMessage());
        }
        List<RowError> errors = new ArrayList<>();
        List<Row> checked = check(rows, errors);
        if (!errors.isEmpty()) {
            throw new BusinessRuleViolation(CreditErrors.BAD_FILE, summary(errors));
        }
        int[] counts = {0, 0};
        for (int from = 0; from < checked.size(); from += BATCH) {
            store(checked.subList(from, Math.min(checked.size(), from + BATCH)), source, by, counts);
        }
        int inserted = counts[0];
        int updated = counts[1];
        List<YearMonth> months =
                checked.stream().map(Row::month).distinct().sorted().toList();
        return new NationalImport(checked.size(), inserted, updated, checked.size() - inserted - updated, months);
    }

    /** Stores a batch (months and codes unique in the file), adding its new and changed rows to {@code counts}. */
    private void store(List<Row> batch, String source, String by, int[] counts) {
        Date[] months =
                batch.stream().map(r -> Date.valueOf(r.month().atDay(1))).toArray(Date[]::new);
        String[] usccs = batch.stream().map(Row::uscc).toArray(String[]::new);
        String[] classes = batch.stream().map(Row::creditClass).toArray(String[]::new);
        Map<String, String> stored = new HashMap<>();
        jdbc.sql(
                        "select n.month, n.uscc, n.credit_class from credit_national_class n join "
                                + "unnest(cast(:months as date[]), cast(:usccs as text[])) as t(m, u) on n.month = t.m and n.uscc = t.u")
                .param("months", months)
                .param("usccs", usccs)
                .query(rs -> {
                    stored.put(rs.getObject(1, LocalDate.class) + "|" + rs.getString(2), rs.getString(3));
                });
        for (Row r : batch) {
            String was = stored.get(r.month().atDay(1) + "|" + r.uscc());
            if (was == null) {
                counts[0]++;
            } else if (!was.equals(r.creditClass())) {
                counts[1]++;
            }
        }
        jdbc.sql("""
                insert into credit_national_class (month, uscc, credit_class, source, imported_by)
                select m, u, k, :source, :by
                from unnest(cast(:months as date[]), cast(:usccs as text[]), cast(:classes as text[])) as t(m, u, k)
                on conflict (month, uscc) do update set credit_class = excluded.credit_class, source = excluded.source,
                    imported_by = excluded.imported_by, imported_at = now()
                where credit_national_class.credit_class <> excluded.credit_class""")
                .param("months", months)
                .param("usccs", usccs)
                .param("classes", classes)
                .param("source", source)
                .param("by", by)
                .update();
    }

    private List<Row> check(List<Map<String, String>> rows, List<RowError> errors) {
        List<Row> checked = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        if (!rows.isEmpty() && !rows.get(0).keySet().containsAll(List.of(MONTH, USCC, CLASS))) {
            errors.add(new RowError(1, "", String.join(",", rows.get(0).keySet()), "表头须含 月份、统一社会信用代码、类别 三列"));
            return checked;
        }
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 2;
            Map<String, String> r = rows.get(i);
            YearMonth month = month(r.getOrDefault(MONTH, "").strip(), line, errors);
            String uscc = r.getOrDefault(USCC, "").strip().toUpperCase(java.util.Locale.ROOT);
            var code = enterprises.checkCode(uscc);
            if (!code.valid()) {
                errors.add(new RowError(line, USCC, uscc, code.reason()));
            }
            String c = r.getOrDefault(CLASS, "").strip().toUpperCase(java.util.Locale.ROOT);
            if (!ClassReads.CLASSES.contains(c)) {
                errors.add(new RowError(line, CLASS, c, "类别须为 A、B、C 或 D"));
            }
            Integer first = seen.putIfAbsent(month + "|" + uscc, line);
            if (first != null) {
                errors.add(new RowError(line, USCC, uscc, "与第 " + first + " 行同一月份同一企业重复"));
            }
            checked.add(new Row(month, code.code(), c, code.valid()));
        }
        Map<String, String> known =
                enterprises.names(checked.stream().map(Row::uscc).toList());
        for (int i = 0; i < checked.size(); i++) {
            if (!known.containsKey(checked.get(i).uscc())
                    && enterprises.checkCode(checked.get(i).uscc()).valid()) {
                errors.add(new RowError(i + 2, USCC, checked.get(i).uscc(), "本平台没有登记这家企业"));
            }
        }
        return checked;
    }

    private static YearMonth month(String text, int line, List<RowError> errors) {
        try {
            YearMonth m = YearMonth.parse(text.length() == 6 ? text.substring(0, 4) + "-" + text.substring(4) : text);
            if (m.isAfter(YearMonth.now())) {
                errors.add(new RowError(line, MONTH, text, "月份晚于本月"));
            }
            return m;
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            errors.add(new RowError(line, MONTH, text, "月份应写作 yyyy-MM，如 2026-11"));
            return YearMonth.of(1900, 1);
        }
    }

    private static String summary(List<RowError> errors) {
        List<String> shown = errors.stream().limit(50).map(RowError::toString).toList();
        return String.join("；", shown) + (errors.size() > 50 ? "；等共 " + errors.size() + " 处" : "");
    }

    /** The national classes of a month for a range of credit codes. */
    Map<String, String> of(YearMonth month, String from, String to) {
        Map<String, String> found = new LinkedHashMap<>();
        jdbc.sql("select uscc, credit_class from credit_national_class where month = ? and uscc between ? and ?")
                .params(Date.valueOf(month.atDay(1)), from, to)
                .query(rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                });
        return found;
    }

    Optional<String> of(YearMonth month, String uscc) {
        return Optional.ofNullable(of(month, uscc, uscc).get(uscc));
    }
}
