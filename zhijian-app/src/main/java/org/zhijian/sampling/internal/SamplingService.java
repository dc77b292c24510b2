package org.zhijian.sampling.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.sampling.DoubleRandomDraw;
import org.zhijian.algo.sampling.DrawOutcome;
import org.zhijian.algo.sampling.Selection;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.DrawVerification;
import org.zhijian.sampling.DrawnTarget;
import org.zhijian.sampling.ItemSpec;
import org.zhijian.sampling.ItemTemplate;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanSummary;
import org.zhijian.sampling.ResultsForm;
import org.zhijian.sampling.Sample;
import org.zhijian.sampling.SampleForm;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SampleStatus;
import org.zhijian.sampling.SampleSummary;
import org.zhijian.sampling.SamplingManagement;

@Service
@EnableConfigurationProperties(SamplingSettings.class)
@org.springframework.scheduling.annotation.EnableScheduling
class SamplingService implements SamplingManagement {

    private final JdbcPlans plans;
    private final JdbcDraws draws;
    private final SampleReads samples;
    private final SampleRegistration registration;
    private final SampleResults results;
    private final SampleFollowUps followUps;
    private final SamplePublication publication;
    private final PlanNotification notification;
    private final SamplingStatistics statistics;
    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    SamplingService(
            JdbcPlans plans,
            JdbcDraws draws,
            SampleReads samples,
            SampleRegistration registration,
            SampleResults results,
            SampleFollowUps followUps,
            SamplePublication publication,
            PlanNotification notification,
            SamplingStatistics statistics,
            JdbcClient jdbc,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.plans = plans;
        this.draws = draws;
        this.samples = samples;
        this.registration = registration;
        this.results = results;
        this.followUps = followUps;
        this.publication = publication;
        this.notification = notification;
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    public List<ItemTemplate> templates(String category) {
        return plans.templates(category);
    }

    @Override
    public ItemTemplate addTemplate(ItemSpec spec) {
        return plans.addTemplate(spec);
    }

    @Override
    public PageResult<PlanSummary> plans(PageRequest page) {
        return plans.plans(page);
    }

    @Override
    public Optional<Plan> plan(long id) {
        return plans.plan(id);
    }

    @Override
    public Plan createPlan(PlanForm form) {
        return plans.createPlan(form);
    }

    @Override
    public Draw draw(long planId, Long seed) {
        return draws.draw(planId, seed);
    }

    @Override
    public Draw confirm(long drawId) {
        return draws.decide(drawId, true);
    }

    @Override
    public Draw discard(long drawId) {
        return draws.decide(drawId, false);
    }

    @Override
    public PageResult<Draw> draws(Long planId, PageRequest page) {
        return draws.draws(planId, page);
    }

    @Override
    public Optional<Draw> findDraw(long id) {
        return draws.find(id);
    }

    /**
     * Re-hashes the stored snapshot, re-runs the draw from it with the stored seed and compares target by target:
     * the first target or inspector that differs is reported.
     */
    @Override
    public DrawVerification verify(long drawId) {
        Draw draw =
                draws.find(drawId).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, drawId));
        PoolSnapshot snapshot = PoolSnapshot.decode(draws.snapshot(drawId));
        String hash = DoubleRandomDraw.poolHash(snapshot.candidates(), snapshot.inspectors(), snapshot.spec());
        if (!hash.equals(draw.poolHash())) {
            return new DrawVerification(drawId, false, draw.poolHash(), hash, "对象库快照的哈希与抽取时记录的不一致");
        }
        DrawOutcome again = DoubleRandomDraw.draw(
                snapshot.candidates(),
                snapshot.inspectors(),
                snapshot.spec(),
                Long.parseLong(draw.seed()),
                java.io.OutputStream.nullOutputStream());
        String difference = firstDifference(draw.selections(), again.selections());
        return new DrawVerification(drawId, difference == null, draw.poolHash(), hash, difference);
    }

    static String firstDifference(List<DrawnTarget> stored, List<Selection> recomputed) {
        for (int i = 0; i < Math.max(stored.size(), recomputed.size()); i++) {
            if (i >= stored.size()) {
                return "第 " + (i + 1) + " 个对象：重新计算得到 " + recomputed.get(i).candidateId() + "，记录中没有";
            }
            if (i >= recomputed.size()) {
                return "第 " + (i + 1) + " 个对象：记录为 " + stored.get(i).uscc() + "，重新计算没有";
            }
            DrawnTarget s = stored.get(i);
            Selection r = recomputed.get(i);
            if (!s.uscc().equals(r.candidateId())) {
                return "第 " + (i + 1) + " 个对象：记录为 " + s.uscc() + "，重新计算为 " + r.candidateId();
            }
            if (!s.inspectors().equals(r.inspectors())) {
                return "第 " + (i + 1) + " 个对象 " + s.uscc() + " 的检查员：记录为 " + s.inspectors() + "，重新计算为 " + r.inspectors();
            }
        }
        return null;
    }

    @Override
    @Transactional
    public void declareConflict(String inspector, String uscc, String reason) {
        currentActor.get().checkMayWrite();
        if (inspector == null
                || inspector.isBlank()
                || uscc == null
                || uscc.isBlank()
                || reason == null
                || reason.isBlank()) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "检查员、企业和回避理由都不能为空");
        }
        jdbc.sql("insert into sampling_inspector_conflict (inspector, enterprise_uscc, reason) values (:i, :u, :r) "
                        + "on conflict (inspector, enterprise_uscc) do update set reason = excluded.reason")
                .param("i", inspector.strip())
                .param("u", uscc.strip().toUpperCase(java.util.Locale.ROOT))
                .param("r", reason.strip())
                .update();
        audit.record(new AuditEntry(
                "SAMPLING_CONFLICT_DECLARE",
                "sampling_inspector_conflict",
                inspector + "/" + uscc,
                "登记回避：检查员 " + inspector + " 与企业 " + uscc + "（" + reason + "）",
                null,
                null));
    }

    @Override
    public Sample createSample(SampleForm form) {
        return registration.create(form);
    }

    @Override
    public PageResult<SampleSummary> samples(SampleQuery query, PageRequest page) {
        return samples.list(query, page);
    }

    @Override
    public Optional<Sample> sample(long id) {
        return samples.find(id);
    }

    @Override
    public Sample enterResults(long id, ResultsForm form) {
        return results.enter(id, form);
    }

    @Override
    public SampleStatus status(long id) {
        return followUps.status(id);
    }

    @Override
    public SampleStatus notifyEnterprise(long id, java.time.LocalDate notifiedOn) {
        return followUps.notifyEnterprise(id, notifiedOn);
    }

    @Override
    public SampleStatus fileObjection(long id, String reason) {
        return followUps.fileObjection(id, reason);
    }

    @Override
    public SampleStatus decideObjection(long id, boolean accept, String note) {
        return followUps.decideObjection(id, accept, note);
    }

    @Override
    public SampleStatus recordFollowUp(
            long id, java.time.LocalDate rectifiedOn, java.time.LocalDate recheckedOn, Boolean passed) {
        return followUps.recordFollowUp(id, rectifiedOn, recheckedOn, passed);
    }

    @Override
    public int publish(long planId) {
        return publication.publish(planId);
    }

    @Override
    public int notifyReported(long planId, java.time.LocalDate notifiedOn) {
        return notification.notifyReported(planId, notifiedOn);
    }

    @Override
    public PageResult<org.zhijian.sampling.OverdueItem> overdue(PageRequest page) {
        return publication.overdue(page);
    }

    @Override
    public PageResult<org.zhijian.sampling.PublishedResult> published(
            String q, String verdict, String region, Integer year, PageRequest page) {
        return publication.published(q, verdict, region, year, page);
    }

    @Override
    public int announceOverdue() {
        return publication.announce(java.time.LocalDate.now());
    }

    @Override
    public org.zhijian.sampling.PassRates passRates(org.zhijian.sampling.PassRateQuery query) {
        return statistics.passRates(query);
    }

    @Override
    public List<org.zhijian.sampling.PassRate> yearlyRates(org.zhijian.sampling.PassRateQuery query, int years) {
        return statistics.yearly(query, years);
    }

    @Override
    public List<org.zhijian.sampling.QualityIndicator> indicators(Integer year, String region) {
        return statistics.indicators(year, region);
    }
}
