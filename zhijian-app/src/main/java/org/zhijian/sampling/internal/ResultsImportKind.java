package org.zhijian.sampling.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.sampling.ItemVerdict;
import org.zhijian.algo.sampling.Requirement;
import org.zhijian.importing.CellDate;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.importing.RecordsImported;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.sampling.ItemSpec;

/**
 * Laboratory results, one row per inspection item as laboratories export them: sample number, item, measured
 * value (and unit), round, report number and date. Every value is judged against the item's requirement while
 * the file is read: a value that cannot be judged, an unknown sample or item, a unit that differs from the item's,
 * or a sample outside the importer's area is a row error. Sample verdicts are recomputed in the same transaction.
 */
@Component
class ResultsImportKind implements ImportKind {

    private static final int CACHE = 10_000;
    private static final int PREFETCH = 256;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final SampleVerdicts verdicts;
    private final ThreadLocal<Map<String, Optional<SampleRef>>> samples =
            ThreadLocal.withInitial(() -> new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<SampleRef>> eldest) {
                    return size() > CACHE;
                }
            });

    /** Inspection items per plan and category; a plan's items do not change once it is created. */
    private final ThreadLocal<Map<String, Map<String, Item>>> planItems = ThreadLocal.withInitial(HashMap::new);

    ResultsImportKind(JdbcClient jdbc, CurrentActor currentActor, SampleVerdicts verdicts) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.verdicts = verdicts;
    }

    /** What a row needs to know about its sample. */
    private record SampleRef(
            long id,
            String county,
            String prefecture,
            String uscc,
            java.time.LocalDate sampledOn,
            Map<String, Item> items) {}

    private record Item(long id, ItemSpec spec) {}

    @Override
    public String key() {
        return "results";
    }

    @Override
    public String label() {
        return "检验结果";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                new ImportColumn(
                        "sample_no",
                        "抽样单编号",
                        List.of("样品编号", "sample_no"),
                        true,
                        "CJ2026-430000-000001",
                        "抽样单上的编号",
                        List.of()),
                new ImportColumn(
                        "item", "检验项目", List.of("项目名称", "item"), true, "铅（以 Pb 计）", "与计划中的检验项目名称一致", List.of()),
                new ImportColumn(
                        "measured",
                        "检验结果",
                        List.of("实测值", "结果", "measured"),
                        true,
                        "0.05",
                        "数值、未检出、<0.01、符合/不符合",
                        List.of()),
                new ImportColumn("unit", "单位", List.of("unit"), false, "mg/kg", "填写时须与检验项目的单位一致", List.of()),
                new ImportColumn("round", "检验轮次", List.of("round"), false, "1", "1 初检（默认），2 复检", List.of("1", "2")),
                new ImportColumn(
                        "report_no", "报告编号", List.of("检验报告编号", "report_no"), true, "HNZJ-2026-00001", "", List.of()),
                new ImportColumn(
                        "report_date", "报告日期", List.of("签发日期", "report_date"), true, "2026-05-20", "", List.of()));
    }

    @Override
    public List<String> stagingColumns() {
        return List.of(
                "result_key text",
                "record_id bigint",
                "plan_item_id bigint",
                "round int",
                "measured text",
                "verdict text",
                "item_reason text",
                "report_no text",
                "report_date date");
    }

    @Override
    public String keyColumn() {
        return "result_key";
    }

    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        Actor actor = currentActor.get();
        SampleRef sample = sample(actor, row.text("sample_no")).orElse(null);
        if (sample == null) {
            problems.add(new RowError(row.line(), "抽样单编号", row.text("sample_no"), "抽样单不存在或不在本账户管辖范围内"));
        } else if (!actor.writeScope().covers(sample.county(), sample.prefecture(), sample.uscc())) {
            problems.add(new RowError(row.line(), "抽样单编号", row.text("sample_no"), "无权录入本账户管辖范围以外的检验结果"));
        }
        Item item = sample == null ? null : sample.items().get(Requirement.fold(row.text("item")));
        if (sample != null && item == null) {
            problems.add(new RowError(row.line(), "检验项目", row.text("item"), "该样品的检验项目中没有“" + row.text("item") + "”"));
        }
        String round = round(row, sample, problems);
        LocalDate reportDate = CellDate.parse(row.get("report_date")).orElse(null);
        if (reportDate == null
                || (sample != null && reportDate.isBefore(sample.sampledOn()))
                || reportDate.isAfter(LocalDate.now())) {
            problems.add(new RowError(row.line(), "报告日期", row.text("report_date"), "报告日期无法识别，或早于抽样日期、晚于今天"));
        }
        ItemVerdict verdict = item == null ? null : judge(row, item, problems);
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        return new String[] {
            sample.id() + "/" + item.id() + "/" + round,
            Long.toString(sample.id()),
            Long.toString(item.id()),
            round,
            row.text("measured").strip(),
            verdict.outcome().name(),
            verdict.reason(),
            row.text("report_no").strip(),
            reportDate.toString()
        };
    }

    /** The round: 1 (the first test) unless given; 2 (the re-test) only after an accepted objection. */
    private String round(ImportRow row, SampleRef sample, List<RowError> problems) {
        String round = row.get("round") == null ? "1" : row.get("round").strip();
        if (!round.equals("1") && !round.equals("2")) {
            problems.add(new RowError(row.line(), "检验轮次", round, "检验轮次应为 1（初检）或 2（复检）"));
        } else if (round.equals("2") && sample != null && !retestAccepted(sample.id())) {
            problems.add(new RowError(row.line(), "检验轮次", round, "该样品的复检申请尚未受理，不能录入复检结果"));
        }
        return round;
    }

    private static ItemVerdict judge(ImportRow row, Item item, List<RowError> problems) {
        String unit = row.get("unit");
        String expected = item.spec().unit() == null ? "" : item.spec().unit();
        if (unit != null && !Requirement.fold(unit).equals(Requirement.fold(expected))) {
            problems.add(new RowError(row.line(), "单位", unit, "单位与检验项目的单位“" + expected + "”不一致"));
            return null;
        }
        ItemVerdict verdict = ItemRequirements.of(item.spec()).evaluate(row.get("measured"));
        if (verdict.outcome() == ItemVerdict.Outcome.INVALID) {
            problems.add(new RowError(
                    row.line(),
                    "检验结果",
                    row.text("measured"),
                    verdict.reason() + "（要求 " + item.spec().requirementText() + "）"));
            return null;
        }
        return verdict;
    }

    /** Found samples are kept (their plan items do not change); a miss is asked again, it may exist by now. */
    private Optional<SampleRef> sample(Actor actor, String sampleNo) {
        String prefix = actor.username() + "\u0000";
        Optional<SampleRef> known = samples.get().get(prefix + sampleNo.strip());
        return known != null ? known : load(prefix, sampleNo.strip());
    }

    /**
     * Loads the sample and the next ones in sample-number order (laboratory files are usually sorted by sample
     * number), caching them all: one query per {@value #PREFETCH} samples instead of one per sample.
     */
    private Optional<SampleRef> load(String keyPrefix, String sampleNo) {
        Map<String, Object> params = new HashMap<>();
        var scope = currentActor.get().readScope();
        params.put("scopeCode", scope.code());
        params.put("no", sampleNo);
        List<Object[]> rows = jdbc.sql(
                        "select sample_no, id, county_code, prefecture_code, enterprise_uscc, sampled_on, plan_id, "
                                + "category_code from sampling_record r where sample_no >= :no and "
                                + scope.sql("r.county_code", "r.prefecture_code", null) + " order by sample_no limit "
                                + PREFETCH)
                .params(params)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class),
                    rs.getLong(7),
                    rs.getString(8)
                })
                .list();
        Optional<SampleRef> found = Optional.empty();
        for (Object[] r : rows) {
            Map<String, Item> items =
                    planItems.get().computeIfAbsent((long) r[6] + "/" + r[7], k -> items((long) r[6], (String) r[7]));
            Optional<SampleRef> ref = Optional.of(
                    new SampleRef((long) r[1], (String) r[2], (String) r[3], (String) r[4], (LocalDate) r[5], items));
            samples.get().put(keyPrefix + r[0], ref);
            if (r[0].equals(sampleNo)) {
                found = ref;
            }
        }
        return found;
    }

    private boolean retestAccepted(long recordId) {
        return jdbc.sql("select count(*) from sampling_objection where record_id = :id and status = 'ACCEPTED'")
                        .param("id", recordId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, Item> items(long planId, String category) {
        Map<String, Item> items = new HashMap<>();
        jdbc.sql(
                        "select id, category_code, name, standard, unit, requirement_kind, lower_limit, upper_limit, required_text, "
                                + "item_class from sampling_plan_item where plan_id = :plan and category_code = :category")
                .param("plan", planId)
                .param("category", category)
                .query(rs -> {
                    items.put(
                            Requirement.fold(rs.getString(3)),
                            new Item(
                                    rs.getLong(1),
                                    new ItemSpec(
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getBigDecimal(7),
                                            rs.getBigDecimal(8),
                                            rs.getString(9),
                                            rs.getString(10))));
                });
        return items;
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("""
                    update import_staging s set rejected = true, reason = '同一样品同一轮次的报告编号或报告日期不一致'
                    where not s.rejected and exists (select 1 from import_staging o where o.record_id = s.record_id
                        and o.round = s.round and (o.report_no, o.report_date) is distinct from (s.report_no, s.report_date))""");
            st.executeUpdate(
                    "update import_staging s set unchanged = true from sampling_result r where r.record_id = s.record_id "
                            + "and r.plan_item_id = s.plan_item_id and r.round = s.round and r.measured = s.measured and not s.rejected");
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, "
                        + "reason = '该样品该项目已有不同的检验结果；如需更正，请选择“更新已有记录”' from sampling_result r "
                        + "where r.record_id = s.record_id and r.plan_item_id = s.plan_item_id and r.round = s.round "
                        + "and not s.rejected and not s.unchanged");
            }
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        String by = currentActor.get().username().replace("'", "''");
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate("update sampling_result r set measured = s.measured, verdict = s.verdict, "
                    + "reason = s.item_reason, entered_by = '" + by + "', entered_at = now() from import_staging s "
                    + "where r.record_id = s.record_id and r.plan_item_id = s.plan_item_id and r.round = s.round "
                    + "and not s.rejected and not s.unchanged");
            int inserted = st.executeUpdate(
                    "insert into sampling_result (record_id, plan_item_id, round, measured, verdict, "
                            + "reason, entered_by) select record_id, plan_item_id, round, measured, verdict, item_reason, '"
                            + by + "' "
                            + "from import_staging s where not s.rejected and not s.unchanged and not exists (select 1 from "
                            + "sampling_result r where r.record_id = s.record_id and r.plan_item_id = s.plan_item_id and r.round = s.round)");
            st.executeUpdate(
                    "insert into sampling_report select distinct on (record_id, round) record_id, round, report_no, "
                            + "report_date from import_staging where not rejected and not unchanged order by record_id, round, line_no "
                            + "on conflict (record_id, round) do update set report_no = excluded.report_no, report_date = excluded.report_date");
            st.executeUpdate(SampleVerdicts.RECOMPUTE.formatted(
                    "res.record_id in (select record_id from import_staging where not rejected and not unchanged)"));
            st.executeUpdate(SampleVerdicts.dropSettledFollowUps(
                    "f.record_id in (select record_id from import_staging where not rejected and not unchanged)"));
            return new MergeCounts(inserted, updated);
        }
    }

    /** Announces the verdicts an import changed, once it has committed. */
    @org.springframework.transaction.event.TransactionalEventListener
    void on(RecordsImported imported) {
        if (key().equals(imported.kind())) {
            verdicts.publishPending();
        }
    }
}
