package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.OverdueItem;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PublishedResult;
import org.zhijian.sampling.RectificationOverdue;

/**
 * Publication of final results (一公开), the public list of published results, and what is overdue: rectification,
 * follow-up checks and publication. A daily job announces newly overdue rectifications.
 */
@Component
class SamplePublication {

    private final JdbcClient jdbc;
    private final JdbcPlans plans;
    private final SampleReads samples;
    private final SampleFollowUps followUps;
    private final SampleDeadlines deadlines;
    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SamplePublication(
            JdbcClient jdbc,
            JdbcPlans plans,
            SampleReads samples,
            SampleFollowUps followUps,
            SampleDeadlines deadlines,
            EnterpriseManagement enterprises,
            RegionManagement regions,
            CurrentActor currentActor,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.samples = samples;
        this.followUps = followUps;
        this.deadlines = deadlines;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
    }

    /** Publishes every final, unpublished result of a plan; returns how many. */
    @Transactional
    int publish(long planId) {
        Plan plan =
                plans.plan(planId).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, planId));
        List<Long> ready = ready(planId, LocalDate.now());
        if (!ready.isEmpty()) {
            // one array parameter: a provincial batch can exceed the driver's limit of 32,767 bind parameters
            jdbc.sql("update sampling_record set published_at = now(), published_by = :by "
                            + "where id = any(cast(:ids as bigint[]))")
                    .param("by", currentActor.get().username())
                    .param("ids", ready.toArray(Long[]::new))
                    .update();
        }
        audit.record(new AuditEntry(
                "SAMPLING_PUBLISH",
                "sampling_plan",
                Long.toString(planId),
                "公开抽查结果：" + plan.title() + " 共 " + ready.size() + " 份",
                null,
                Map.of("records", ready)));
        return ready.size();
    }

    /**
     * The plan's unpublished records whose verdict is final and that the actor may change: two queries (records,
     * then their objections) whatever the batch size.
     */
    private List<Long> ready(long planId, LocalDate today) {
        Map<Long, List<String>> objections = new HashMap<>();
        jdbc.sql("select o.record_id, o.status from sampling_objection o join sampling_record r on r.id = o.record_id "
                        + "where r.plan_id = :plan and r.published_at is null")
                .param("plan", planId)
                .query(rs -> {
                    objections
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        var writeScope = currentActor.get().writeScope();
        List<Long> ready = new ArrayList<>();
        jdbc.sql("select id, verdict, verdict_round, notified_on, category_code, county_code, prefecture_code, "
                        + "enterprise_uscc from sampling_record where plan_id = :plan and published_at is null "
                        + "and notified_on is not null and verdict in ('CONFORMING', 'NONCONFORMING') order by id")
                .param("plan", planId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    boolean decided = followUps.final_(
                            rs.getString(2),
                            (Integer) rs.getObject(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getString(5),
                            objections.getOrDefault(id, List.of()),
                            today);
                    if (decided && writeScope.covers(rs.getString(6), rs.getString(7), rs.getString(8))) {
                        ready.add(id);
                    }
                });
        return ready;
    }

    /** Published results, newest first; no sign-in needed, so only published records and public fields. */
    PageResult<PublishedResult> published(String q, String verdict, String region, Integer year, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = filters(q, verdict, region, year, params);
        String from =
                " from sampling_record r join sampling_plan p on p.id = r.plan_id where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Object[]> rows = jdbc.sql(
                        """
                        select r.sample_no, p.title, p.organizer_region, r.enterprise_uscc, r.county_code, r.sample_name, r.brand,
                            r.model_spec, r.batch_or_date, r.manufacturer_name, r.category_code, r.verdict, r.report_date,
                            r.published_at,
                            array(select pi.name from sampling_result res join sampling_plan_item pi on pi.id = res.plan_item_id
                                  where res.record_id = r.id and res.round = r.verdict_round and res.verdict = 'FAIL' order by pi.id)
                        """ + from + " order by r.published_at desc, r.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        Map<String, String> names = CurrentActor.runAs(
                Actor.system("public-results"),
                () -> enterprises.names(rows.stream().map(r -> (String) r[3]).toList()));
        List<PublishedResult> items = rows.stream().map(r -> result(r, names)).toList();
        return new PageResult<>(items, total, page.page(), page.size(), true);
    }

    /** The published records' conditions for the filters given (blank: any), with their parameters. */
    private static List<String> filters(
            String q, String verdict, String region, Integer year, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of("r.published_at is not null"));
        if (q != null && !q.isBlank()) {
            where.add(
                    "(r.sample_name ilike :q or r.brand ilike :q or r.manufacturer_name ilike :q or r.enterprise_uscc ilike :q)");
            params.put("q", "%" + org.zhijian.platform.SqlWords.escapeLike(q.strip()) + "%");
        }
        if (verdict != null && !verdict.isBlank()) {
            where.add("r.verdict = :verdict");
            params.put("verdict", verdict.strip());
        }
        if (region != null && !region.isBlank()) {
            where.add("(r.county_code = :region or r.prefecture_code = :region)");
            params.put("region", region.strip());
        }
        if (year != null) {
            where.add("p.year = :year");
            params.put("year", year);
        }
        return where;
    }

    private static Object[] row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Object[] {
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getString(9),
            rs.getString(10),
            rs.getString(11),
            rs.getString(12),
            rs.getObject(13, LocalDate.class),
            rs.getObject(14, OffsetDateTime.class),
            Arrays.asList((String[]) rs.getArray(15).getArray())
        };
    }

    @SuppressWarnings("unchecked")
    private PublishedResult result(Object[] r, Map<String, String> names) {
        return new PublishedResult(
                (String) r[0],
                (String) r[1],
                regionName((String) r[2]),
                names.getOrDefault((String) r[3], ""),
                (String) r[3],
                regionName((String) r[4]),
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                (String) r[9],
                (String) r[10],
                "CONFORMING".equals(r[11]) ? "合格" : "不合格",
                (List<String>) r[14],
                (LocalDate) r[12],
                (OffsetDateTime) r[13]);
    }

    /** Rectifications, follow-up checks and publications past their deadline, within the reader's scope. */
    PageResult<OverdueItem> overdue(PageRequest page) {
        LocalDate today = LocalDate.now();
        Map<String, Object> params = new HashMap<>();
        String scope = samples.scope(params);
        params.put("today", today);
        List<OverdueItem> items = new ArrayList<>(overdueFollowUps(scope, params, today));
        items.addAll(overduePublications(scope, params, today));
        items.sort(java.util.Comparator.comparing(OverdueItem::due).thenComparing(OverdueItem::recordId));
        return org.zhijian.platform.PageResult.slice(items, page);
    }

    /** Rectifications and rechecks past their dates (the rectification first, while it is open). */
    private List<OverdueItem> overdueFollowUps(String scope, Map<String, Object> params, LocalDate today) {
        return jdbc.sql("""
                        select r.id, r.sample_no, r.enterprise_uscc, r.county_code, f.rectification_due, f.rectified_on,
                            f.recheck_due, f.rechecked_on
                        from sampling_followup f join sampling_record r on r.id = f.record_id
                        where ((f.rectified_on is null and f.rectification_due < :today)
                            or (f.rechecked_on is null and f.recheck_due < :today)) and """ + " " + scope)
                .params(params)
                .query((rs, n) -> {
                    boolean rectification = rs.getObject(6) == null
                            && rs.getObject(5, LocalDate.class).isBefore(today);
                    return new OverdueItem(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rectification ? "整改" : "复查",
                            rs.getObject(rectification ? 5 : 7, LocalDate.class));
                })
                .list();
    }

    /** Decided results not published by their deadline. */
    private List<OverdueItem> overduePublications(String scope, Map<String, Object> params, LocalDate today) {
        return jdbc
                .sql("select r.id, r.sample_no, r.enterprise_uscc, r.county_code, r.report_date from sampling_record r"
                        + " where r.published_at is null and r.verdict in ('CONFORMING', 'NONCONFORMING')"
                        + " and r.report_date < :today and " + scope)
                .params(params)
                .query((rs, n) -> new OverdueItem(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        "结果公开",
                        deadlines.publicationDue(rs.getObject(5, LocalDate.class))))
                .list()
                .stream()
                .filter(i -> i.due().isBefore(today))
                .toList();
    }

    /** Announces rectifications and follow-up checks that became overdue (once each), every night. */
    @Scheduled(cron = "${zhijian.sampling.overdue-cron:0 30 1 * * *}")
    void announceOverdue() {
        CurrentActor.runAs(Actor.system("sampling-overdue"), () -> {
            announce(LocalDate.now());
            return null;
        });
    }

    @Transactional
    int announce(LocalDate today) {
        List<Object[]> due = jdbc.sql("""
                        select r.id, r.sample_no, r.enterprise_uscc, r.county_code,
                            case when f.rectified_on is null and f.rectification_due < :today then '整改' else '复查' end,
                            case when f.rectified_on is null and f.rectification_due < :today then f.rectification_due else f.recheck_due end
                        from sampling_followup f join sampling_record r on r.id = f.record_id
                        where not f.overdue_notified and ((f.rectified_on is null and f.rectification_due < :today)
                            or (f.rechecked_on is null and f.recheck_due < :today)) for update of f""")
                .param("today", today)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, LocalDate.class)
                })
                .list();
        for (Object[] d : due) {
            events.publishEvent(new RectificationOverdue(
                    (long) d[0], (String) d[1], (String) d[2], (String) d[3], (String) d[4], (LocalDate) d[5]));
            jdbc.sql("update sampling_followup set overdue_notified = true where record_id = :id")
                    .param("id", d[0])
                    .update();
        }
        return due.size();
    }

    private String regionName(String code) {
        return code == null ? "" : regions.findByCode(code).map(r -> r.name()).orElse(code);
    }
}
