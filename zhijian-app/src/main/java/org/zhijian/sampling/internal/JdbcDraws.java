package org.zhijian.sampling.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.sampling.DoubleRandomDraw;
import org.zhijian.algo.sampling.DrawOutcome;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.DrawnTarget;
import org.zhijian.sampling.Plan;
import tools.jackson.databind.json.JsonMapper;

/** Runs, stores, decides and lists draws. Stored draws are immutable (database triggers). */
@Component
class JdbcDraws {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcDraws.class);

    private static final String COLUMNS = "d.id, d.plan_id, d.status, d.algorithm, d.seed, d.pool_hash, d.rules, "
            + "d.pool_size, d.inspector_count, d.shortfalls::text, d.drawn_by, d.drawn_at, d.decided_by, d.decided_at";

    private final JdbcClient jdbc;
    private final JdbcPlans plans;
    private final DrawPool pool;
    private final DrawSelections selections;
    private final RegionManagement regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom seeds = new SecureRandom();

    JdbcDraws(
            JdbcClient jdbc,
            JdbcPlans plans,
            DrawPool pool,
            DrawSelections selections,
            RegionManagement regions,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.pool = pool;
        this.selections = selections;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional
    Draw draw(long planId, Long seed) {
        Plan plan =
                plans.plan(planId).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, planId));
        checkWrite(plan);
        if (plan.targetTotal() == 0) {
            throw new BusinessRuleViolation(SamplingErrors.NOTHING_TO_DRAW, plan.title());
        }
        long t0 = System.nanoTime();
        PoolSnapshot snapshot = pool.build(plan, LocalDate.now());
        long t1 = System.nanoTime();
        long s = seed != null ? seed : seeds.nextLong();
        DrawOutcome outcome;
        byte[] encoded;
        try (BackgroundGzip gzip = new BackgroundGzip()) { // the snapshot is the canonical text the draw hashes
            outcome = DoubleRandomDraw.draw(snapshot.candidates(), snapshot.inspectors(), snapshot.spec(), s, gzip);
            encoded = gzip.toByteArray();
        }
        long t2 = System.nanoTime();
        long id = insert(planId, s, snapshot, outcome, encoded);

        selections.store(id, outcome.selections());
        log.debug(
                "抽取 #{}：对象库 {} 家，读取 {} ms，计算与快照 {} ms，保存 {} ms",
                id,
                snapshot.candidates().size(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        audit.record(new AuditEntry(
                "SAMPLING_DRAW",
                "sampling_draw",
                Long.toString(id),
                "抽取计划 " + plan.title() + "：种子 " + s + "，对象库 "
                        + snapshot.candidates().size() + " 家，抽中 "
                        + outcome.selections().size() + " 家",
                null,
                Map.of("seed", Long.toString(s), "poolHash", outcome.poolHash())));
        return find(id).orElseThrow();
    }

    /** Stores the draw with its seed, pool hash, rules and compressed pool snapshot; returns its id. */
    private long insert(long planId, long s, PoolSnapshot snapshot, DrawOutcome outcome, byte[] encoded) {
        return jdbc.sql("""
                insert into sampling_draw (plan_id, status, algorithm, seed, pool_hash, rules, pool_size, inspector_count,
                    shortfalls, pool_snapshot, drawn_by)
                values (:plan, 'DRAWN', :algorithm, :seed, :hash, :rules, :poolSize, :inspectors, cast(:shortfalls as jsonb),
                    :snapshot, :by) returning id""")
                .param("plan", planId)
                .param("algorithm", outcome.algorithm())
                .param("seed", s)
                .param("hash", outcome.poolHash())
                .param("rules", snapshot.spec().rules())
                .param("poolSize", snapshot.candidates().size())
                .param("inspectors", snapshot.inspectors().size())
                .param("shortfalls", json.writeValueAsString(outcome.shortfalls()))
                .param("snapshot", encoded)
                .param("by", currentActor.get().username())
                .query(Long.class)
                .single();
    }

    @Transactional
    Draw decide(long drawId, boolean confirm) {
        Draw draw = find(drawId).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, drawId));
        checkWrite(plans.plan(draw.planId()).orElseThrow());
        if (!"DRAWN".equals(draw.status())) {
            throw new BusinessRuleViolation(SamplingErrors.DRAW_DECIDED, drawId, draw.status());
        }
        if (confirm) {
            long spec = PoolSnapshot.spec(snapshot(drawId)).inspectorsPerTask();
            if (draw.selections().stream().anyMatch(t -> t.inspectors().size() < spec)) {
                throw new BusinessRuleViolation(SamplingErrors.TOO_FEW_INSPECTORS, spec);
            }
            Integer confirmed = jdbc.sql(
                            "select count(*) from sampling_draw where plan_id = :plan and status = 'CONFIRMED'")
                    .param("plan", draw.planId())
                    .query(Integer.class)
                    .single();
            if (confirmed > 0) {
                throw new BusinessRuleViolation(SamplingErrors.PLAN_CONFIRMED, draw.planId());
            }
        }
        jdbc.sql("update sampling_draw set status = :status, decided_by = :by, decided_at = now() where id = :id")
                .param("status", confirm ? "CONFIRMED" : "DISCARDED")
                .param("by", currentActor.get().username())
                .param("id", drawId)
                .update();
        audit.record(new AuditEntry(
                confirm ? "SAMPLING_DRAW_CONFIRM" : "SAMPLING_DRAW_DISCARD",
                "sampling_draw",
                Long.toString(drawId),
                (confirm ? "确认" : "作废") + "抽取结果 #" + drawId,
                Map.of("status", draw.status()),
                Map.of("status", confirm ? "CONFIRMED" : "DISCARDED")));
        return find(drawId).orElseThrow();
    }

    PageResult<Draw> draws(Long planId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = " from sampling_draw d join sampling_plan p on p.id = d.plan_id where " + plans.scope(params)
                + (planId == null ? "" : " and d.plan_id = :plan");
        params.put("plan", planId == null ? 0L : planId);
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Draw> items = jdbc.sql("select " + COLUMNS + where + " order by d.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        return new PageResult<>(items, total, page.page(), page.size(), true);
    }

    Optional<Draw> find(long id) {
        Map<String, Object> params = new HashMap<>();
        String scope = plans.scope(params);
        params.put("id", id);
        return jdbc.sql("select " + COLUMNS + " from sampling_draw d join sampling_plan p on p.id = d.plan_id "
                        + "where d.id = :id and " + scope)
                .params(params)
                .query((rs, n) -> row(rs))
                .optional()
                .map(d -> withSelections(d, selections.of(id)));
    }

    /** The stored snapshot of a draw; callers have read the draw through {@link #find} (the reader's scope). */
    byte[] snapshot(long id) {
        return jdbc.sql("select pool_snapshot from sampling_draw where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    private Draw row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Draw(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                Long.toString(rs.getLong(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9),
                json.readValue(
                        rs.getString(10), json.getTypeFactory().constructCollectionType(List.class, String.class)),
                rs.getString(11),
                rs.getObject(12, OffsetDateTime.class),
                rs.getString(13),
                rs.getObject(14, OffsetDateTime.class),
                List.of());
    }

    private static Draw withSelections(Draw d, List<DrawnTarget> selections) {
        return new Draw(
                d.id(),
                d.planId(),
                d.status(),
                d.algorithm(),
                d.seed(),
                d.poolHash(),
                d.rules(),
                d.poolSize(),
                d.inspectorCount(),
                d.shortfalls(),
                d.drawnBy(),
                d.drawnAt(),
                d.decidedBy(),
                d.decidedAt(),
                selections);
    }

    private void checkWrite(Plan plan) {
        String prefecture = plan.level() == org.zhijian.sampling.PlanLevel.PREFECTURE
                ? plan.organizerRegion()
                : plan.level() == org.zhijian.sampling.PlanLevel.COUNTY
                        ? regions.findByCode(plan.organizerRegion())
                                .map(r -> r.parent())
                                .orElse(null)
                        : null;
        String county = plan.level() == org.zhijian.sampling.PlanLevel.COUNTY ? plan.organizerRegion() : null;
        currentActor.get().checkWrite(county, prefecture, null);
    }
}
