package org.zhijian.risk.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.risk.RiskLevel;
import org.zhijian.algo.risk.RiskMatrix;
import org.zhijian.algo.risk.Scenario;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.Assessment;
import org.zhijian.risk.ConsumerAlert;
import org.zhijian.risk.Measure;
import org.zhijian.risk.NewMeasure;
import org.zhijian.risk.NewWarning;
import org.zhijian.risk.ScenarioInput;
import org.zhijian.risk.Signal;
import org.zhijian.risk.Warning;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.WarningStatus;
import org.zhijian.risk.Warnings;

/** The warning workflow (see {@link Warnings}); measures are {@link MeasureDesk}'s, escalation and signals' own. */
@Service
class WarningDesk implements Warnings {

    private final JdbcClient jdbc;
    private final WarningStore store;
    private final WarningLog log;
    private final CurrentActor currentActor;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final RiskSettings settings;
    private final MatrixSource matrix;
    private final MeasureDesk measures;
    private final SignalWarnings signalWarnings;
    private final SignalStore signals;
    private final WarningEscalation escalation;

    WarningDesk(
            JdbcClient jdbc,
            WarningStore store,
            WarningLog log,
            CurrentActor currentActor,
            RegionManagement regions,
            ClassificationManagement classification,
            RiskSettings settings,
            MatrixSource matrix,
            MeasureDesk measures,
            SignalWarnings signalWarnings,
            SignalStore signals,
            WarningEscalation escalation) {
        this.escalation = escalation;
        this.jdbc = jdbc;
        this.store = store;
        this.log = log;
        this.currentActor = currentActor;
        this.regions = regions;
        this.classification = classification;
        this.settings = settings;
        this.matrix = matrix;
        this.measures = measures;
        this.signalWarnings = signalWarnings;
        this.signals = signals;
    }

    @Override
    public PageResult<Warning> search(WarningQuery query, PageRequest page) {
        return store.search(currentActor.get(), query, page);
    }

    @Override
    public Optional<Warning> find(long id) {
        return store.find(currentActor.get().readScope(), id);
    }

    @Override
    public List<Measure> measures(long warningId) {
        return find(warningId).map(w -> store.measures(w.id())).orElse(List.of());
    }

    @Override
    public List<Signal> signals(long warningId) {
        return find(warningId).map(w -> signals.ofWarning(w.id())).orElse(List.of());
    }

    @Override
    public List<Measure> awaitingReply() {
        return store.awaitingReply(currentActor.get().writeScope());
    }

    @Override
    @Transactional
    public Warning raise(NewWarning w) {
        Actor actor = currentActor.get();
        Region region = regions.findByCode(
                        blank(w.regionCode()) ? "" : w.regionCode().strip())
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.INVALID, "地区 " + w.regionCode() + " 不存在"));
        actor.checkWrite(
                region.level() == org.zhijian.region.RegionLevel.COUNTY ? region.code() : null,
                region.prefectureCode(),
                null);
        String level = level(w.preliminaryLevel());
        String category =
                blank(w.categoryCode()) ? null : w.categoryCode().strip().toUpperCase(Locale.ROOT);
        if (category != null && classification.findCategory(category).isEmpty()) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "产品分类中没有代码 " + category);
        }
        if (blank(w.title()) || w.title().strip().length() > 200) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "标题不能为空，不超过 200 字");
        }
        long id = store.insert(new WarningStore.NewRow(
                w.title().strip(),
                "MANUAL",
                null,
                category,
                blank(w.hazardCode()) ? null : w.hazardCode().strip(),
                region,
                blank(w.enterpriseUscc()) ? null : w.enterpriseUscc().strip(),
                w.description(),
                level,
                OffsetDateTime.now().plus(settings.triage(level)),
                actor.username()));
        Warning created = store.find(id).orElseThrow();
        log.changed("WARNING_RAISED", null, created, "登记预警：" + created.title());
        log.notifyHandlers(created, "待研判");
        return created;
    }

    @Override
    public Warning raiseFromSignal(long signalId) {
        return signalWarnings.raiseFromSignal(signalId);
    }

    @Override
    @Transactional
    public Warning assess(long id, List<ScenarioInput> inputs) {
        Warning before = actable(id, WarningStatus.PENDING, WarningStatus.ASSESSED);
        List<Scenario> scenarios = ScenarioParser.parse(inputs);
        RiskMatrix.Assessment result = matrix.get().assess(scenarios);
        Assessment assessment = new Assessment(scenarios, result);
        String level = result.level().name();
        jdbc.sql("""
                update risk_warning set risk_level = :level, assessment = :assessment,
                    status = case when status = 'PENDING' then 'ASSESSED' else status end,
                    due_at = case when status = 'PENDING' then :due else due_at end, updated_at = now()
                where id = :id""")
                .param("level", level)
                .param("assessment", assessment.format())
                .param("due", OffsetDateTime.now().plus(settings.handling(level)))
                .param("id", id)
                .update();
        Warning after = store.find(id).orElseThrow();
        log.changed("WARNING_ASSESSED", before, after, "研判为" + result.level().label() + "风险");
        return after;
    }

    @Override
    @Transactional
    public Warning dismiss(long id, String reason) {
        Warning before = actable(id, WarningStatus.PENDING);
        return finish(before, reason, "WARNING_DISMISSED", "研判无风险，办结");
    }

    @Override
    public Measure addMeasure(long warningId, NewMeasure measure) {
        return measures.add(actable(warningId, WarningStatus.ASSESSED, WarningStatus.ACTING), measure);
    }

    @Override
    public Measure reply(long measureId, String reply) {
        return measures.reply(measureId, reply, this::actableQuietly);
    }

    @Override
    public Measure publish(long measureId) {
        Measure m = store.measure(measureId)
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.NOT_FOUND, "措施 " + measureId));
        actable(m.warningId(), WarningStatus.ACTING);
        return measures.publish(m);
    }

    @Override
    @Transactional
    public Warning close(long id, String conclusion) {
        Warning before = actable(id, WarningStatus.ASSESSED, WarningStatus.ACTING);
        long open = store.measures(id).stream()
                .filter(m -> m.kind().awaitsReply() && "OPEN".equals(m.status()))
                .count();
        if (open > 0) {
            throw new BusinessRuleViolation(RiskErrors.STATE, "尚有 " + open + " 项转办或召回要求未回复");
        }
        return finish(before, conclusion, "WARNING_CLOSED", "办结");
    }

    private Warning finish(Warning before, String conclusion, String action, String summary) {
        if (blank(conclusion)) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "请写明结论");
        }
        jdbc.sql("update risk_warning set status = 'CLOSED', conclusion = ?, closed_at = now(), updated_at = now()"
                        + " where id = ?")
                .params(conclusion.strip(), before.id())
                .update();
        Warning after = store.find(before.id()).orElseThrow();
        log.changed(action, before, after, summary + "：" + conclusion.strip());
        return after;
    }

    @Override
    public int escalateOverdue() {
        return escalation.escalateOverdue();
    }

    @Override
    public RiskMatrix matrix() {
        return matrix.get();
    }

    @Override
    public PageResult<ConsumerAlert> consumerAlerts(String q, PageRequest page) {
        return measures.consumerAlerts(q, page);
    }

    /** The warning, if the actor may act on it now and it is in one of the states. */
    Warning actable(long id, WarningStatus... states) {
        Warning w = actableQuietly(id);
        if (!List.of(states).contains(w.status())) {
            throw new BusinessRuleViolation(RiskErrors.STATE, "预警" + w.status().label() + "，不能这样处理");
        }
        return w;
    }

    private Warning actableQuietly(long id) {
        Actor actor = currentActor.get();
        Warning w = store.find(actor.readScope(), id)
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.NOT_FOUND, "预警 " + id));
        actor.checkWrite(w.countyCode(), w.prefectureCode(), null);
        if (WarningStore.rank(WarningStore.level(actor.writeScope())) < WarningStore.rank(w.handlingLevel())) {
            throw new BusinessRuleViolation(
                    RiskErrors.STATE, "预警已逾期升级，由" + ("PROVINCE".equals(w.handlingLevel()) ? "省局" : "市州") + "办理");
        }
        return w;
    }

    static String level(String text) {
        try {
            return RiskLevel.parse(blank(text) ? "MEDIUM" : text).name();
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "风险等级应为 低、中、高 或 严重：" + text);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
