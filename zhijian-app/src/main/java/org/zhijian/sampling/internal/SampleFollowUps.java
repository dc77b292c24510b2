package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.sampling.FollowUp;
import org.zhijian.sampling.Objection;
import org.zhijian.sampling.ObjectionFiled;
import org.zhijian.sampling.Sample;
import org.zhijian.sampling.SampleStatus;

/**
 * What happens after a verdict: notification of the enterprise, its re-test request and the decision, the
 * rectification order with its follow-up check, and whether the result may be published.
 */
@Component
class SampleFollowUps {

    private final JdbcClient jdbc;
    private final SampleReads samples;
    private final SampleDeadlines deadlines;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SampleFollowUps(
            JdbcClient jdbc,
            SampleReads samples,
            SampleDeadlines deadlines,
            CurrentActor currentActor,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.samples = samples;
        this.deadlines = deadlines;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
    }

    SampleStatus status(long id) {
        return status(sample(id), LocalDate.now());
    }

    SampleStatus status(Sample s, LocalDate today) {
        FollowUp followUp = followUp(s.id());
        List<Objection> objections = objections(s.id());
        OffsetDateTime publishedAt = jdbc.sql("select published_at from sampling_record where id = :id")
                .param("id", s.id())
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        LocalDate publishedOn = publishedAt == null ? null : publishedAt.toLocalDate();
        return new SampleStatus(
                s.id(),
                s.verdict(),
                s.notifiedOn(),
                deadlines.of(
                        s.verdict(), s.categoryCode(), s.reportDate(), s.notifiedOn(), followUp, publishedOn, today),
                objections,
                followUp,
                publishedAt == null && final_(s, objections, today),
                publishedAt);
    }

    /** The verdict stands: decided, notified, and no re-test can still change it. */
    boolean final_(Sample s, List<Objection> objections, LocalDate today) {
        return final_(
                s.verdict(),
                s.verdictRound(),
                s.notifiedOn(),
                s.categoryCode(),
                objections.stream().map(Objection::status).toList(),
                today);
    }

    /** As {@link #final_(Sample, List, LocalDate)}, from the record's fields and its objections' statuses. */
    boolean final_(
            String verdict,
            Integer round,
            LocalDate notifiedOn,
            String category,
            List<String> objectionStatuses,
            LocalDate today) {
        if (notifiedOn == null || !("CONFORMING".equals(verdict) || "NONCONFORMING".equals(verdict))) {
            return false;
        }
        boolean retested = round != null && round >= 2;
        boolean open = objectionStatuses.stream()
                .anyMatch(status -> status.equals("FILED") || (status.equals("ACCEPTED") && !retested));
        boolean windowOpen = "NONCONFORMING".equals(verdict)
                && !retested
                && !today.isAfter(deadlines.objectionDue(notifiedOn, category));
        return !open && !windowOpen;
    }

    @Transactional
    SampleStatus notifyEnterprise(long id, LocalDate notifiedOn) {
        Sample s = sample(id);
        checkWrite(s);
        if (!"CONFORMING".equals(s.verdict()) && !"NONCONFORMING".equals(s.verdict())) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "尚无检验结论，不能通知企业");
        }
        if (notifiedOn == null
                || notifiedOn.isAfter(LocalDate.now())
                || (s.reportDate() != null && notifiedOn.isBefore(s.reportDate()))) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "通知日期不能晚于今天，也不能早于报告日期");
        }
        jdbc.sql("update sampling_record set notified_on = :on, updated_at = now() where id = :id")
                .param("on", notifiedOn)
                .param("id", id)
                .update();
        if ("NONCONFORMING".equals(s.verdict())) {
            jdbc.sql("insert into sampling_followup (record_id, ordered_on, rectification_due, recheck_due) values "
                            + "(:id, :on, :rect, :recheck) on conflict (record_id) do nothing")
                    .param("id", id)
                    .param("on", notifiedOn)
                    .param("rect", deadlines.rectificationDue(notifiedOn))
                    .param("recheck", deadlines.recheckDue(notifiedOn))
                    .update();
        }
        audit.record(new AuditEntry(
                "SAMPLING_NOTIFY",
                "sampling_record",
                Long.toString(id),
                "通知企业检验结论：" + s.sampleNo() + "（" + notifiedOn + "）",
                Map.of("notifiedOn", String.valueOf(s.notifiedOn())),
                Map.of("notifiedOn", notifiedOn.toString())));
        return status(id);
    }

    @Transactional
    SampleStatus fileObjection(long id, String reason) {
        Sample s = sample(id);
        Actor actor = currentActor.get();
        boolean own = actor.readScope().kind() == Scope.Kind.ENTERPRISE
                && actor.readScope().code().equals(s.enterpriseUscc());
        if (!own) {
            checkWrite(s);
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "请填写复检理由（不超过 2000 字）");
        }
        if (!"NONCONFORMING".equals(s.verdict())
                || s.notifiedOn() == null
                || (s.verdictRound() != null && s.verdictRound() >= 2)) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "只有已通知企业的初检不合格结论可以申请复检");
        }
        LocalDate due = deadlines.objectionDue(s.notifiedOn(), s.categoryCode());
        if (LocalDate.now().isAfter(due)) {
            throw new BusinessRuleViolation(SamplingErrors.OBJECTION_LATE, due);
        }
        if (objections(id).stream().anyMatch(o -> !o.status().equals("REJECTED"))) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "该样品已有复检申请");
        }
        jdbc.sql(
                        "insert into sampling_objection (record_id, filed_by, filed_on, reason, status) values (:id, :by, :on, :reason, 'FILED')")
                .param("id", id)
                .param("by", actor.username())
                .param("on", LocalDate.now())
                .param("reason", reason.strip())
                .update();
        events.publishEvent(new ObjectionFiled(id, s.sampleNo(), s.enterpriseUscc(), LocalDate.now()));
        audit.record(new AuditEntry(
                "SAMPLING_OBJECTION_FILE",
                "sampling_record",
                Long.toString(id),
                "申请复检：" + s.sampleNo(),
                null,
                Map.of("reason", reason.strip())));
        return status(id);
    }

    @Transactional
    SampleStatus decideObjection(long id, boolean accept, String note) {
        Sample s = sample(id);
        checkWrite(s);
        int changed = jdbc.sql("update sampling_objection set status = :status, decided_by = :by, decided_on = :on, "
                        + "decision_note = :note where record_id = :id and status = 'FILED'")
                .param("status", accept ? "ACCEPTED" : "REJECTED")
                .param("by", currentActor.get().username())
                .param("on", LocalDate.now())
                .param("note", note == null ? "" : note.strip())
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "没有待处理的复检申请");
        }
        audit.record(new AuditEntry(
                accept ? "SAMPLING_OBJECTION_ACCEPT" : "SAMPLING_OBJECTION_REJECT",
                "sampling_record",
                Long.toString(id),
                (accept ? "受理" : "驳回") + "复检申请：" + s.sampleNo(),
                null,
                Map.of("note", String.valueOf(note))));
        return status(id);
    }

    @Transactional
    SampleStatus recordFollowUp(long id, LocalDate rectifiedOn, LocalDate recheckedOn, Boolean recheckPassed) {
        Sample s = sample(id);
        checkWrite(s);
        FollowUp f = followUp(id);
        if (f == null) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "该样品没有整改要求");
        }
        LocalDate today = LocalDate.now();
        if ((rectifiedOn != null && (rectifiedOn.isAfter(today) || rectifiedOn.isBefore(f.orderedOn())))
                || (recheckedOn != null
                        && (recheckedOn.isAfter(today)
                                || recheckedOn.isBefore(f.orderedOn())
                                || recheckPassed == null))) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "日期应在整改通知之后、今天之前；复查须填写结论");
        }
        jdbc.sql(
                        "update sampling_followup set rectified_on = coalesce(:rect, rectified_on), rechecked_on = coalesce(:recheck, rechecked_on), "
                                + "recheck_passed = coalesce(:passed, recheck_passed) where record_id = :id")
                .param("rect", rectifiedOn)
                .param("recheck", recheckedOn)
                .param("passed", recheckPassed)
                .param("id", id)
                .update();
        audit.record(new AuditEntry(
                "SAMPLING_FOLLOWUP", "sampling_record", Long.toString(id), "记录整改/复查：" + s.sampleNo(), f, followUp(id)));
        return status(id);
    }

    Sample sample(long id) {
        return samples.find(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.SAMPLE_NOT_FOUND, id));
    }

    void checkWrite(Sample s) {
        samples.checkWrite(s);
    }

    List<Objection> objections(long id) {
        return jdbc.sql(
                        "select id, filed_on, filed_by, reason, status, decided_by, decided_on, decision_note from sampling_objection "
                                + "where record_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Objection(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .list();
    }

    FollowUp followUp(long id) {
        return jdbc.sql("select ordered_on, rectification_due, recheck_due, rectified_on, rechecked_on, recheck_passed "
                        + "from sampling_followup where record_id = :id")
                .param("id", id)
                .query((rs, n) -> new FollowUp(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        (Boolean) rs.getObject(6)))
                .optional()
                .orElse(null);
    }
}
