package org.zhijian.risk.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.ConsumerAlert;
import org.zhijian.risk.Measure;
import org.zhijian.risk.MeasureKind;
import org.zhijian.risk.NewMeasure;
import org.zhijian.risk.Warning;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanLevel;
import org.zhijian.sampling.SamplingManagement;

/**
 * Measures on a warning: a consumer alert (published when ready), a targeted sampling plan (created in the sampling
 * module for the officer's level), a recall request and a referral for follow-up (both awaiting a reply by a
 * deadline), a referral for attention (the region is told), an interview record. Adding one moves the warning to
 * 处置中.
 */
@Component
class MeasureDesk {

    private final JdbcClient jdbc;
    private final WarningStore store;
    private final WarningLog log;
    private final CurrentActor currentActor;
    private final RegionManagement regions;
    private final SamplingManagement sampling;
    private final RiskSettings settings;
    private final RiskNames names;
    private final org.springframework.context.ApplicationEventPublisher events;

    MeasureDesk(
            JdbcClient jdbc,
            WarningStore store,
            WarningLog log,
            CurrentActor currentActor,
            RegionManagement regions,
            SamplingManagement sampling,
            RiskSettings settings,
            RiskNames names,
            org.springframework.context.ApplicationEventPublisher events) {
        this.names = names;
        this.events = events;
        this.jdbc = jdbc;
        this.store = store;
        this.log = log;
        this.currentActor = currentActor;
        this.regions = regions;
        this.sampling = sampling;
        this.settings = settings;
    }

    /** A measure's stored fields. */
    private record Row(
            MeasureKind kind, String title, String detail, String target, String uscc, Long plan, LocalDate due) {

        String status() {
            return kind.awaitsReply() || kind == MeasureKind.CONSUMER_ALERT ? "OPEN" : "DONE";
        }
    }

    @Transactional
    Measure add(Warning w, NewMeasure m) {
        Row row = row(w, m);
        long id = insert(w, row);
        jdbc.sql("update risk_warning set status = 'ACTING', updated_at = now() where id = ?")
                .param(w.id())
                .update();
        Warning after = store.find(w.id()).orElseThrow();
        log.changed(
                "WARNING_MEASURE",
                w,
                after,
                "采取措施：" + m.kind().label() + (row.title().isEmpty() ? "" : " " + row.title()));
        if (row.target() != null) {
            Region r = regions.findByCode(row.target()).orElseThrow();
            log.notifyRegion(
                    r.level().name(),
                    r.code(),
                    after,
                    m.kind() == MeasureKind.REFERRAL_FOLLOW_UP ? "转办跟进，请于 " + row.due() + " 前回复" : "通报关注");
        }
        return store.measure(id).orElseThrow();
    }

    /** Checks a measure's fields for its kind; a targeted sampling creates its plan here. */
    private Row row(Warning w, NewMeasure m) {
        if (m.kind() == null) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "请选择措施");
        }
        String title = text(m.title());
        String detail = text(m.detail());
        String uscc = blankToNull(m.enterpriseUscc());
        LocalDate replyBy = LocalDate.now().plusDays(settings.referralReplyDays());
        return switch (m.kind()) {
            case CONSUMER_ALERT -> {
                require(title, detail, "消费提示的标题和正文");
                yield new Row(m.kind(), title, detail, null, uscc, null, null);
            }
            case RECALL_REQUEST, INTERVIEW -> {
                require(uscc == null ? "" : uscc, detail, "企业统一社会信用代码和内容");
                yield new Row(
                        m.kind(),
                        title,
                        detail,
                        null,
                        uscc,
                        null,
                        m.kind() == MeasureKind.RECALL_REQUEST ? replyBy : null);
            }
            case REFERRAL_FOLLOW_UP, REFERRAL_ATTENTION ->
                new Row(
                        m.kind(),
                        title,
                        detail,
                        referralTarget(w, m.targetRegion()).code(),
                        uscc,
                        null,
                        m.kind().awaitsReply() ? replyBy : null);
            case TARGETED_SAMPLING ->
                new Row(m.kind(), title, detail, null, uscc, plan(w, m).id(), null);
        };
    }

    /** Stores a measure; one about an enterprise changes its credit file ({@link MeasureFacts}). */
    private long insert(Warning w, Row row) {
        if (row.uscc() != null && !row.uscc().isBlank()) {
            events.publishEvent(new org.zhijian.platform.RecordsChanged(MeasureFacts.ORIGIN));
        }
        return jdbc.sql("""
                insert into risk_measure (warning_id, kind, title, detail, target_region, enterprise_uscc, plan_id,
                    due_on, status, created_by)
                values (:w, :kind, :title, :detail, :target, :uscc, :plan, :due, :status, :by) returning id""")
                .param("w", w.id())
                .param("kind", row.kind().name())
                .param("title", row.title())
                .param("detail", row.detail())
                .param("target", row.target())
                .param("uscc", row.uscc())
                .param("plan", row.plan())
                .param("due", row.due())
                .param("status", row.status())
                .param("by", currentActor.get().username())
                .query(Long.class)
                .single();
    }

    /** A referral goes to another prefecture or county (not the warning's own). */
    private Region referralTarget(Warning w, String code) {
        Region r = regions.findByCode(code == null ? "" : code.strip())
                .filter(x -> x.level() != RegionLevel.PROVINCE)
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.INVALID, "请选择转送的市州或县市区"));
        if (r.code().equals(w.regionCode())) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "转送对象应是其他地区的监管部门");
        }
        return r;
    }

    private Plan plan(Warning w, NewMeasure m) {
        Actor actor = currentActor.get();
        String category = blankToNull(m.categoryCode()) != null
                ? m.categoryCode().strip()
                : (w.categoryCode() == null || w.categoryCode().isEmpty() || "*".equals(w.categoryCode()))
                        ? null
                        : w.categoryCode();
        String target = blankToNull(m.targetRegion()) != null
                ? m.targetRegion().strip()
                : w.countyCode() != null ? w.countyCode() : w.prefectureCode();
        if (category == null || target == null) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "专项抽查须指定产品类别和抽查地区");
        }
        int samples = m.samples() == null ? 10 : m.samples();
        String organizer = actor.writeScope()
                .regionCode()
                .orElseGet(() -> regions.find(RegionLevel.PROVINCE, null).get(0).code());
        PlanLevel level = switch (actor.writeScope().kind()) {
            case PREFECTURE -> PlanLevel.PREFECTURE;
            case COUNTY -> PlanLevel.COUNTY;
            default -> PlanLevel.PROVINCE;
        };
        return sampling.createPlan(new PlanForm(
                LocalDate.now().getYear(),
                "风险专项 " + w.warningNo(),
                "预警 " + w.warningNo() + " 专项抽查：" + w.title(),
                level,
                organizer,
                text(m.institution()),
                List.of(category),
                Map.of(target, samples)));
    }

    @Transactional
    Measure reply(long measureId, String reply, LongFunction<Warning> handlerCheck) {
        Measure m = store.measure(measureId)
                .filter(x -> x.kind().awaitsReply())
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.NOT_FOUND, "待回复的措施 " + measureId));
        Actor actor = currentActor.get();
        Region target = m.targetRegion() == null
                ? null
                : regions.findByCode(m.targetRegion()).orElse(null);
        boolean addressee = target != null
                && actor.writeScope()
                        .covers(
                                target.level() == RegionLevel.COUNTY ? target.code() : null,
                                target.prefectureCode(),
                                null);
        if (!addressee) {
            handlerCheck.apply(m.warningId());
        }
        if (!"OPEN".equals(m.status())) {
            throw new BusinessRuleViolation(RiskErrors.STATE, "已回复");
        }
        if (reply == null || reply.isBlank()) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "请填写回复内容");
        }
        jdbc.sql("update risk_measure set status = 'DONE', reply = ?, replied_by = ?, replied_at = now() where id = ?")
                .params(reply.strip(), actor.username(), measureId)
                .update();
        Warning w = store.find(m.warningId()).orElseThrow();
        log.changed("WARNING_REPLY", w, w, m.kind().label() + "已回复：" + reply.strip());
        log.notifyHandlers(w, m.kind().label() + "已回复");
        return store.measure(measureId).orElseThrow();
    }

    @Transactional
    Measure publish(Measure m) {
        if (m.kind() != MeasureKind.CONSUMER_ALERT || m.publishedAt() != null) {
            throw new BusinessRuleViolation(RiskErrors.STATE, "只有未发布的消费提示可以发布");
        }
        jdbc.sql("update risk_measure set status = 'DONE', published_at = now() where id = ?")
                .param(m.id())
                .update();
        Warning w = store.find(m.warningId()).orElseThrow();
        log.changed("CONSUMER_ALERT_PUBLISHED", w, w, "发布消费提示：" + m.title());
        return store.measure(m.id()).orElseThrow();
    }

    PageResult<ConsumerAlert> consumerAlerts(String q, PageRequest page) {
        Conditions c = Conditions.all().words(q, "lower(m.title || ' ' || m.detail)");
        String where = " where m.kind = 'CONSUMER_ALERT' and m.published_at is not null"
                + (c.where().isEmpty() ? "" : " and " + String.join(" and ", c.where()));
        long total = jdbc.sql("select count(*) from risk_measure m" + where)
                .params(c.params())
                .query(Long.class)
                .single();
        List<ConsumerAlert> items = jdbc.sql("select m.id, m.title, m.detail, w.category_code, w.region_code,"
                        + " m.published_at from risk_measure m join risk_warning w on w.id = m.warning_id" + where
                        + " order by m.published_at desc, m.id desc limit :limit offset :offset")
                .params(c.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new ConsumerAlert(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        names.category(rs.getString(4)),
                        names.region(rs.getString(5)),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    private static void require(String a, String b, String what) {
        if (a.isEmpty() || b.isEmpty()) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, "请填写" + what);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
