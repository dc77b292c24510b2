package org.zhijian.recall.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.algo.identifier.Verdict;
import org.zhijian.importing.CellDate;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.recall.RecallSource;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * Recalls from files: the template (one row per recall, domestic or foreign) and, through {@link OpenFdaFormat},
 * {@link RasffFormat} and {@link CpscFormat}, the foreign networks' native exports. Source and reference identify a
 * recall; re-importing the same file leaves every record unchanged.
 */
@Component
class RecallImportKind implements ImportKind {

    /** Staged and stored columns after {@code recall_key}, in template order (the table's names). */
    static final List<String> FIELDS = List.of(
            "source",
            "reference",
            "recall_type",
            "risk_class",
            "status",
            "recalled_on",
            "product",
            "product_category",
            "brand",
            "model",
            "gtin",
            "batch",
            "quantity",
            "hazard",
            "hazard_category",
            "origin_country",
            "manufacturer",
            "manufacturer_uscc",
            "recalling_firm",
            "notifying_country",
            "measures",
            "distribution",
            "description",
            "url",
            "county_code");

    private static final List<String> STORED = concat(FIELDS, List.of("prefecture_code", "search_text"));

    private final RegionManagement regions;
    private final CurrentActor currentActor;

    RecallImportKind(RegionManagement regions, CurrentActor currentActor) {
        this.regions = regions;
        this.currentActor = currentActor;
    }

    @Override
    public String key() {
        return "recalls";
    }

    @Override
    public String label() {
        return "召回";
    }

    @Override
    public List<ImportColumn> columns() {
        return RecallColumns.ALL;
    }

    @Override
    public List<String> stagingColumns() {
        List<String> columns = new ArrayList<>(List.of("recall_key text"));
        STORED.forEach(c -> columns.add(c + (c.equals("recalled_on") ? " date" : " text")));
        return columns;
    }

    @Override
    public String keyColumn() {
        return "recall_key";
    }

    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        RecallSource source = RecallSource.parse(row.get("source")).orElse(null);
        if (source == null) {
            problems.add(error(row, "source", "来源须为 国内、openFDA、RASFF、CPSC 或 其他国外"));
        }
        require(row, "reference", "编号", problems);
        require(row, "product", "产品", problems);
        LocalDate on = CellDate.parse(row.get("recalled_on")).orElse(null);
        if (on == null) {
            problems.add(error(row, "recalled_on", "日期缺失或无法识别（如 2026-05-01）"));
        }
        String uscc = uscc(row, problems);
        Region county = county(row, problems);
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        return values(row, source, on, uscc, county);
    }

    private String[] values(ImportRow row, RecallSource source, LocalDate on, String uscc, Region county) {
        List<String> v = new ArrayList<>();
        v.add(source.name() + "\u001f" + row.get("reference"));
        for (String f : FIELDS) {
            v.add(
                    switch (f) {
                        case "source" -> source.name();
                        case "recalled_on" -> on.toString();
                        case "manufacturer_uscc" -> uscc;
                        case "county_code" -> county == null ? null : county.code();
                        default -> row.text(f);
                    });
        }
        v.add(county == null ? null : county.parent());
        v.add(searchText(row));
        return v.toArray(String[]::new);
    }

    /** Lower-case text the list's keyword search runs on (trigram-indexed). */
    private static String searchText(ImportRow row) {
        return List.of(
                        "reference",
                        "product",
                        "product_category",
                        "brand",
                        "model",
                        "gtin",
                        "batch",
                        "hazard",
                        "hazard_category",
                        "manufacturer",
                        "recalling_firm",
                        "origin_country")
                .stream()
                .map(row::text)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
    }

    private static String uscc(ImportRow row, List<RowError> problems) {
        String raw = row.get("manufacturer_uscc");
        if (raw == null) {
            return null;
        }
        Verdict verdict = UnifiedSocialCreditCode.check(raw);
        if (!verdict.isValid()) {
            problems.add(error(row, "manufacturer_uscc", verdict.reason()));
        }
        return verdict.normalized();
    }

    private Region county(ImportRow row, List<RowError> problems) {
        String code = row.get("county_code");
        if (code == null) {
            return null;
        }
        Region region = regions.findByCode(code).orElse(null);
        if (region == null || region.level() != RegionLevel.COUNTY) {
            problems.add(error(row, "county_code", "不是县级行政区划代码：" + code));
            return null;
        }
        return region;
    }

    private static void require(ImportRow row, String key, String name, List<RowError> problems) {
        if (row.get(key) == null) {
            problems.add(error(row, key, name + "不能为空"));
        }
    }

    private static RowError error(ImportRow row, String key, String message) {
        return new RowError(row.line(), RecallColumns.header(key), row.text(key), message);
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        String same = "(" + String.join(", ", STORED.stream().map(c -> "r." + c).toList()) + ") is not distinct from ("
                + String.join(", ", STORED.stream().map(c -> "s." + c).toList()) + ")";
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_staging s set unchanged = true from recall r where r.source = s.source "
                    + "and r.reference = s.reference and not s.rejected and " + same);
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, reason = '该来源的这一编号已存在且内容不同"
                        + "（选择“更新已存在的记录”可覆盖）' from recall r where r.source = s.source and r.reference = s.reference "
                        + "and not s.rejected and not s.unchanged");
            }
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        String by = currentActor.get().username().replace("'", "''");
        String columns = String.join(", ", STORED);
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate("update recall r set ("
                    + columns + ", updated_at) = ("
                    + String.join(", ", STORED.stream().map(c -> "s." + c).toList())
                    + ", now()), category_source = nullif(r.category_source, 'AUTO'),"
                    + " hazard_source = nullif(r.hazard_source, 'AUTO')"
                    + " from import_staging s where r.source = s.source and r.reference = s.reference "
                    + "and not s.rejected and not s.unchanged");
            int inserted =
                    st.executeUpdate("insert into recall (" + columns + ", imported_by) select " + columns + ", '"
                            + by + "' from import_staging s where not s.rejected and not s.unchanged and not exists "
                            + "(select 1 from recall r where r.source = s.source and r.reference = s.reference)");
            return new MergeCounts(inserted, updated);
        }
    }

    /** Inserts one checked record ({@link #stage}'s values) and returns its id. */
    long insert(JdbcClient jdbc, String[] values, String by) {
        Map<String, Object> params = new HashMap<>();
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < STORED.size(); i++) {
            params.put("p" + i, values[i + 1]);
            casts.add("cast(:p" + i + " as " + (STORED.get(i).equals("recalled_on") ? "date" : "text") + ")");
        }
        params.put("by", by);
        return jdbc.sql("insert into recall (" + String.join(", ", STORED) + ", imported_by) values ("
                        + String.join(", ", casts) + ", :by) returning id")
                .params(params)
                .query(Long.class)
                .single();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
