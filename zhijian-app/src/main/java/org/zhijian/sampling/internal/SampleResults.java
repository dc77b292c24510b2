package org.zhijian.sampling.internal;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.sampling.ItemVerdict;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.sampling.PlanItem;
import org.zhijian.sampling.ResultsForm;
import org.zhijian.sampling.Sample;

/** Manual entry of a round's results; the item verdicts follow from the plan items' requirements. */
@Component
class SampleResults {

    private final JdbcClient jdbc;
    private final SampleReads samples;
    private final SampleVerdicts verdicts;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    SampleResults(
            JdbcClient jdbc,
            SampleReads samples,
            SampleVerdicts verdicts,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.samples = samples;
        this.verdicts = verdicts;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    Sample enter(long id, ResultsForm form) {
        Sample before =
                samples.find(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.SAMPLE_NOT_FOUND, id));
        samples.checkWrite(before);
        int round = check(before, form);
        if (round == 2 && !objectionAccepted(id)) {
            throw new BusinessRuleViolation(SamplingErrors.RETEST_NOT_ACCEPTED);
        }
        jdbc.sql("insert into sampling_report values (:id, :round, :no, :date) on conflict (record_id, round) "
                        + "do update set report_no = excluded.report_no, report_date = excluded.report_date")
                .param("id", id)
                .param("round", round)
                .param("no", form.reportNo().strip())
                .param("date", form.reportDate())
                .update();
        for (Map.Entry<PlanItem, ItemVerdict> j : judge(before, form).entrySet()) {
            store(id, round, j.getKey(), form.measured().get(j.getKey().id()), j.getValue());
        }
        verdicts.recompute(id);
        verdicts.dropSettledFollowUps(id);
        verdicts.publishPending();
        Sample after = samples.find(id).orElseThrow();
        audit.record(new AuditEntry(
                "SAMPLING_RESULT_ENTER",
                "sampling_record",
                Long.toString(id),
                "录入抽样单 " + after.sampleNo() + " 第 " + round + " 轮检验结果：" + after.verdict(),
                Map.of("verdict", String.valueOf(before.verdict())),
                Map.of("verdict", String.valueOf(after.verdict()))));
        return after;
    }

    /** A re-test (round 2) needs an objection the authority accepted. */
    private boolean objectionAccepted(long id) {
        return jdbc.sql("select count(*) from sampling_objection where record_id = :id and status = 'ACCEPTED'")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** One item's measured value and verdict of a round, replacing what was entered before. */
    private void store(long id, int round, PlanItem item, String measured, ItemVerdict verdict) {
        jdbc.sql("""
                insert into sampling_result (record_id, plan_item_id, round, measured, verdict, reason, entered_by)
                values (:id, :item, :round, :measured, :verdict, :reason, :by)
                on conflict (record_id, plan_item_id, round) do update set measured = excluded.measured,
                    verdict = excluded.verdict, reason = excluded.reason, entered_by = excluded.entered_by,
                    entered_at = now()""")
                .param("id", id)
                .param("item", item.id())
                .param("round", round)
                .param("measured", measured.strip())
                .param("verdict", verdict.outcome().name())
                .param("reason", verdict.reason())
                .param("by", currentActor.get().username())
                .update();
    }

    /** Every entered value judged; values that cannot be judged are refused together. */
    private static Map<PlanItem, ItemVerdict> judge(Sample sample, ResultsForm form) {
        Map<PlanItem, ItemVerdict> judged = new java.util.LinkedHashMap<>();
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (PlanItem item : sample.items()) {
            String measured = form.measured().get(item.id());
            if (measured == null || measured.isBlank()) {
                continue;
            }
            ItemVerdict verdict = ItemRequirements.of(item.spec()).evaluate(measured);
            if (verdict.outcome() == ItemVerdict.Outcome.INVALID) {
                problems.add(item.spec().name() + "：" + verdict.reason() + "（要求 "
                        + item.spec().requirementText() + "）");
            }
            judged.put(item, verdict);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, String.join("；", problems));
        }
        return judged;
    }

    private static int check(Sample sample, ResultsForm form) {
        int round = form.round() == null ? 1 : form.round();
        StringBuilder problems = new StringBuilder();
        if (round != 1 && round != 2) {
            problems.append("检验轮次应为 1（初检）或 2（复检）；");
        }
        if (round == 2 && sample.results().stream().noneMatch(r -> r.round() == 1)) {
            problems.append("没有初检结果，不能录入复检结果；");
        }
        if (form.reportNo() == null || form.reportNo().isBlank()) {
            problems.append("检验报告编号不能为空；");
        }
        if (form.reportDate() == null || form.reportDate().isBefore(sample.sampledOn())) {
            problems.append("报告日期不能为空，也不能早于抽样日期；");
        }
        if (form.measured() == null || form.measured().values().stream().allMatch(v -> v == null || v.isBlank())) {
            problems.append("至少录入一个检验项目的结果；");
        } else {
            form.measured().keySet().stream()
                    .filter(k -> sample.items().stream().noneMatch(i -> i.id() == k))
                    .forEach(k -> problems.append("检验项目 ").append(k).append(" 不属于该样品的检验项目；"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, problems.substring(0, problems.length() - 1));
        }
        return round;
    }
}
