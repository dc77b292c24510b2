package org.zhijian.indicator.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.indicator.ReportingRound;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** Reporting rounds and the submissions' steps (see {@link Rounds}). */
@Service
class JdbcRounds implements Rounds {

    static final ErrorCode STATE = new ErrorCode("INDICATOR_004", 409);
    private static final Map<String, String> LABELS =
            Map.of("DRAFT", "填报中", "SUBMITTED", "待市州审核", "REVIEWED", "待省级审定", "APPROVED", "已审定", "RETURNED", "已退回");

    private final JdbcClient jdbc;
    private final RegionManagement regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    JdbcRounds(JdbcClient jdbc, RegionManagement regions, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    @Transactional
    public ReportingRound open(String plan, int year, LocalDate opensOn, LocalDate closesOn) {
        province();
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "填报期须有开始和截止日期，截止不早于开始");
        }
        if (jdbc.sql("select count(*) from indicator_round where plan_code = ? and year = ?")
                        .params(plan, year)
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new BusinessRuleViolation(STATE, year + " 年的填报已开启");
        }
        long id = jdbc.sql("insert into indicator_round (plan_code, year, opens_on, closes_on, created_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(plan, year, opensOn, closesOn, currentActor.get().username())
                .query(Long.class)
                .single();
        for (Region r : regions.find(RegionLevel.PREFECTURE, null)) {
            jdbc.sql("insert into indicator_submission (round_id, prefecture_code, status) values (?, ?, 'DRAFT')")
                    .params(id, r.code())
                    .update();
        }
        audit.record(AuditEntry.of(
                "INDICATOR_ROUND_OPENED",
                "indicator_round",
                Long.toString(id),
                "开启 " + plan + " " + year + " 年度填报：" + opensOn + " 至 " + closesOn));
        return round(id).orElseThrow();
    }

    @Override
    public List<ReportingRound> rounds(String plan) {
        return jdbc
                .sql("select id from indicator_round where plan_code = ? order by year desc")
                .param(plan == null || plan.isBlank() ? IndicatorSeeder.PLAN : plan)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> round(id).orElseThrow())
                .toList();
    }

    @Override
    public Optional<ReportingRound> round(long id) {
        return jdbc.sql("select id, plan_code, year, opens_on, closes_on, locked from indicator_round where id = ?")
                .param(id)
                .query((rs, n) -> new ReportingRound(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6),
                        List.of()))
                .optional()
                .map(r -> new ReportingRound(
                        r.id(), r.plan(), r.year(), r.opensOn(), r.closesOn(), r.locked(), submissions(r)));
    }

    private List<ReportingRound.Submission> submissions(ReportingRound r) {
        return jdbc.sql("""
                select s.id, s.prefecture_code, s.status, e.until from indicator_submission s
                left join indicator_extension e on e.round_id = s.round_id and e.prefecture_code = s.prefecture_code
                where s.round_id = ? order by s.prefecture_code""")
                .param(r.id())
                .query((rs, n) -> {
                    LocalDate until = rs.getObject(4, LocalDate.class);
                    String code = rs.getString(2);
                    return new ReportingRound.Submission(
                            code,
                            regions.findByCode(code).map(Region::name).orElse(code),
                            rs.getString(3),
                            LABELS.get(rs.getString(3)),
                            until,
                            windowOpen(r, until),
                            steps(rs.getLong(1)));
                })
                .list();
    }

    private static boolean windowOpen(ReportingRound r, LocalDate until) {
        LocalDate today = LocalDate.now();
        LocalDate end = until != null && until.isAfter(r.closesOn()) ? until : r.closesOn();
        return !r.locked() && !today.isBefore(r.opensOn()) && !today.isAfter(end);
    }

    private List<ReportingRound.Step> steps(long submission) {
        return jdbc.sql("select action, comment, actor, at from indicator_submission_step where submission_id = ?"
                        + " order by id")
                .param(submission)
                .query((rs, n) -> new ReportingRound.Step(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    @Override
    @Transactional
    public ReportingRound extend(long id, String prefecture, LocalDate until) {
        province();
        ReportingRound r = existing(id);
        submission(r, prefecture);
        if (until == null || !until.isAfter(r.closesOn())) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "延期须晚于截止日 " + r.closesOn());
        }
        jdbc.sql("insert into indicator_extension (round_id, prefecture_code, until) values (?, ?, ?)"
                        + " on conflict (round_id, prefecture_code) do update set until = excluded.until")
                .params(id, prefecture, until)
                .update();
        step(r, prefecture, "延期至 " + until, "");
        return round(id).orElseThrow();
    }

    @Override
    @Transactional
    public ReportingRound lock(long id) {
        province();
        existing(id);
        jdbc.sql("update indicator_round set locked = true where id = ?")
                .param(id)
                .update();
        audit.record(AuditEntry.of("INDICATOR_ROUND_LOCKED", "indicator_round", Long.toString(id), "锁定填报"));
        return round(id).orElseThrow();
    }

    @Override
    @Transactional
    public ReportingRound submit(long id, String prefecture) {
        ReportingRound r = existing(id);
        requireEditable(ownPrefecture(r, prefecture));
        move(r, prefecture, "SUBMITTED", "提交审核", "");
        jdbc.sql("update indicator_submission set submitted_by = ? where round_id = ? and prefecture_code = ?")
                .params(currentActor.get().username(), id, prefecture)
                .update();
        return round(id).orElseThrow();
    }

    @Override
    @Transactional
    public ReportingRound review(long id, String prefecture, boolean pass, String comment) {
        ReportingRound r = existing(id);
        ReportingRound.Submission s = ownPrefecture(r, prefecture);
        String submitter = jdbc.sql(
                        "select submitted_by from indicator_submission where round_id = ? and prefecture_code = ?")
                .params(id, prefecture)
                .query(String.class)
                .single();
        if (!"SUBMITTED".equals(s.status())) {
            throw new BusinessRuleViolation(STATE, s.prefectureName() + "：" + s.statusLabel());
        }
        if (currentActor.get().username().equals(submitter)) {
            throw new BusinessRuleViolation(STATE, "审核须由提交人以外的人员进行");
        }
        returnNeedsComment(pass, comment);
        move(r, prefecture, pass ? "REVIEWED" : "RETURNED", pass ? "市州审核通过" : "市州审核退回", comment);
        return round(id).orElseThrow();
    }

    @Override
    @Transactional
    public ReportingRound decide(long id, String prefecture, boolean approve, String comment) {
        province();
        ReportingRound r = existing(id);
        ReportingRound.Submission s = submission(r, prefecture);
        if (!"REVIEWED".equals(s.status())) {
            throw new BusinessRuleViolation(STATE, s.prefectureName() + "：" + s.statusLabel());
        }
        returnNeedsComment(approve, comment);
        move(r, prefecture, approve ? "APPROVED" : "RETURNED", approve ? "省级审定通过" : "省级审定退回", comment);
        return round(id).orElseThrow();
    }

    /**
     * Whether the current actor may enter a value of the plan's year for a region: the province always (until the
     * round is locked); a prefecture only within an open round, while its submission is being filled in.
     */
    void checkEntry(String plan, int year, Region region) {
        Actor actor = currentActor.get();
        Optional<ReportingRound> r = jdbc.sql("select id from indicator_round where plan_code = ? and year = ?")
                .params(plan, year)
                .query(Long.class)
                .optional()
                .flatMap(this::round);
        if (r.isPresent() && r.get().locked()) {
            throw new BusinessRuleViolation(STATE, year + " 年填报已锁定");
        }
        if (actor.writeScope().kind() == Scope.Kind.ALL) {
            return;
        }
        ReportingRound.Submission s = r.flatMap(x -> x.submissions().stream()
                        .filter(sub -> sub.prefectureCode().equals(region.code()))
                        .findFirst())
                .orElseThrow(() -> new BusinessRuleViolation(STATE, year + " 年的填报尚未开启"));
        requireEditable(s);
    }

    /** A prefecture fills in its submission only within its window, while it is a draft or returned to it. */
    private static void requireEditable(ReportingRound.Submission s) {
        if (!s.open() || !List.of("DRAFT", "RETURNED").contains(s.status())) {
            throw new BusinessRuleViolation(
                    STATE, s.prefectureName() + "：" + s.statusLabel() + (s.open() ? "" : "，填报期已过"));
        }
    }

    private static void returnNeedsComment(boolean pass, String comment) {
        if (!pass && (comment == null || comment.isBlank())) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "退回须写明意见");
        }
    }

    private void move(ReportingRound r, String prefecture, String to, String action, String comment) {
        jdbc.sql(
                        "update indicator_submission set status = ?, updated_at = now() where round_id = ? and prefecture_code = ?")
                .params(to, r.id(), prefecture)
                .update();
        step(r, prefecture, action, comment);
    }

    private void step(ReportingRound r, String prefecture, String action, String comment) {
        jdbc.sql("""
                insert into indicator_submission_step (submission_id, action, comment, actor)
                select id, ?, ?, ? from indicator_submission where round_id = ? and prefecture_code = ?""")
                .params(
                        action,
                        comment == null ? "" : comment.strip(),
                        currentActor.get().username(),
                        r.id(),
                        prefecture)
                .update();
        audit.record(AuditEntry.of(
                "INDICATOR_SUBMISSION",
                "indicator_round",
                Long.toString(r.id()),
                r.year() + " 年 " + prefecture + "：" + action
                        + (comment == null || comment.isBlank() ? "" : "（" + comment.strip() + "）")));
    }

    private ReportingRound existing(long id) {
        return round(id).orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "填报轮次 " + id));
    }

    private ReportingRound.Submission submission(ReportingRound r, String prefecture) {
        return r.submissions().stream()
                .filter(s -> s.prefectureCode().equals(prefecture))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "市州 " + prefecture));
    }

    private ReportingRound.Submission ownPrefecture(ReportingRound r, String prefecture) {
        currentActor.get().checkWritesPrefecture(prefecture);
        return submission(r, prefecture);
    }

    private void province() {
        currentActor.get().checkWritesProvince();
    }
}
