package org.zhijian.sampling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.SqlWords;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.ItemResult;
import org.zhijian.sampling.PlaceType;
import org.zhijian.sampling.Sample;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SampleSummary;

/**
 * Sampling records. A record belongs to the county of the sampled enterprise: it is read and changed within that
 * scope (an enterprise user reads its own records once the result has been notified).
 */
@Component
class SampleReads {

    private final JdbcClient jdbc;
    private final JdbcPlans plans;
    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;
    private final CurrentActor currentActor;

    private final org.zhijian.classification.ClassificationManagement classification;

    SampleReads(
            JdbcClient jdbc,
            JdbcPlans plans,
            EnterpriseManagement enterprises,
            RegionManagement regions,
            CurrentActor currentActor,
            org.zhijian.classification.ClassificationManagement classification) {
        this.classification = classification;
        this.jdbc = jdbc;
        this.plans = plans;
        this.enterprises = enterprises;
        this.regions = regions;
        this.currentActor = currentActor;
    }

    PageResult<SampleSummary> list(SampleQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from sampling_record r where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<SampleSummary> rows = jdbc.sql(
                        """
                        select id, sample_no, plan_id, enterprise_uscc, county_code, category_code, sample_name, brand,
                            place_type, sampled_on, verdict, failure_class
                        from sampling_record r where """ + " " + where + " order by sampled_on desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> summary(rs))
                .list();
        List<SampleSummary> items = named(rows);
        return new PageResult<>(items, total, page.page(), page.size(), true);
    }

    /** Whether the current actor may change this record (the county of its sampled enterprise). */
    private static SampleSummary summary(ResultSet rs) throws SQLException {
        return new SampleSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                "",
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                PlaceType.valueOf(rs.getString(9)),
                rs.getObject(10, LocalDate.class),
                rs.getString(11),
                rs.getString(12));
    }

    /** The rows with their enterprises' names (one call for the page) and their counties' names. */
    private List<SampleSummary> named(List<SampleSummary> rows) {
        Map<String, String> names = enterprises.names(
                rows.stream().map(SampleSummary::enterpriseUscc).toList());
        return rows.stream()
                .map(s -> new SampleSummary(
                        s.id(),
                        s.sampleNo(),
                        s.planId(),
                        s.enterpriseUscc(),
                        names.getOrDefault(s.enterpriseUscc(), ""),
                        regionName(s.countyName()),
                        s.categoryCode(),
                        s.sampleName(),
                        s.brand(),
                        s.placeType(),
                        s.sampledOn(),
                        s.verdict(),
                        s.failureClass()))
                .toList();
    }

    boolean writable(Sample s) {
        return currentActor.get().writeScope().covers(s.countyCode(), prefectureOf(s), s.enterpriseUscc());
    }

    /** Refuses (403) an actor who may not change this record. */
    void checkWrite(Sample s) {
        currentActor.get().checkWrite(s.countyCode(), prefectureOf(s), s.enterpriseUscc());
    }

    private String prefectureOf(Sample s) {
        return regions.findByCode(s.countyCode()).map(Region::parent).orElse(null);
    }

    /** The reader's scope over sampling records; enterprise users see notified results only. */
    String scope(Map<String, Object> params) {
        org.zhijian.platform.access.Actor actor = currentActor.get();
        Scope scope = actor.readScope();
        params.put("scopeCode", scope.code());
        if ("INSPECTOR".equals(actor.role())) {
            // an inspector's tasks are the samples they took, wherever they took them
            params.put("inspector", actor.username());
            return ":inspector = any(r.inspectors)";
        }
        String condition = scope.sql("r.county_code", "r.prefecture_code", "r.enterprise_uscc");
        return scope.kind() == Scope.Kind.ENTERPRISE ? condition + " and r.notified_on is not null" : condition;
    }

    private String where(SampleQuery q, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of(scope(params)));
        if (q.planId() != null) {
            where.add("r.plan_id = :plan");
            params.put("plan", q.planId());
        }
        if (q.verdict() != null && !q.verdict().isBlank()) {
            where.add("PENDING".equals(q.verdict()) ? "r.verdict is null" : "r.verdict = :verdict");
            params.put("verdict", q.verdict());
        }
        if (q.region() != null && !q.region().isBlank()) {
            where.add(regionCondition(q.region().strip()));
            params.put("region", q.region().strip());
        }
        if (q.category() != null && !q.category().isBlank()) {
            List<String> codes = classification.subtree(q.category().strip());
            where.add(codes.isEmpty() ? "false" : "r.category_code in (:categories)");
            params.put("categories", codes.isEmpty() ? List.of("-") : codes);
        }
        if (q.enterprise() != null && !q.enterprise().isBlank()) {
            where.add("r.enterprise_uscc = :enterprise");
            params.put("enterprise", q.enterprise().strip());
        }
        if (q.year() != null) {
            where.add("r.sampled_on >= :from and r.sampled_on < :to");
            params.put("from", java.time.LocalDate.of(q.year(), 1, 1));
            params.put("to", java.time.LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.add(
                    "(r.sample_no ilike :q or r.sample_name ilike :q or r.enterprise_uscc ilike :q or r.brand ilike :q)");
            params.put("q", "%" + SqlWords.escapeLike(q.q().strip()) + "%");
        }
        return String.join(" and ", where);
    }

    /** A county's or a prefecture's records; the province's: all; an unknown code: none. */
    private String regionCondition(String code) {
        Region region = regions.findByCode(code).orElse(null);
        if (region == null) {
            return "false";
        }
        return switch (region.level()) {
            case COUNTY -> "r.county_code = :region";
            case PREFECTURE -> "r.prefecture_code = :region";
            default -> "true";
        };
    }

    Optional<Sample> find(long id) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(params);
        params.put("id", id);
        Optional<Sample> bare = jdbc.sql(
                        "select r.*, p.title from sampling_record r join sampling_plan p on p.id = r.plan_id "
                                + "where r.id = :id and " + scope)
                .params(params)
                .query((rs, n) -> sample(rs))
                .optional();
        return bare.map(this::complete);
    }

    private Sample complete(Sample s) {
        String name = enterprises.names(List.of(s.enterpriseUscc())).getOrDefault(s.enterpriseUscc(), "");
        List<org.zhijian.sampling.PlanItem> items = plans.plan(s.planId())
                .map(p -> p.items().stream()
                        .filter(i -> i.spec().categoryCode().equals(s.categoryCode()))
                        .toList())
                .orElse(List.of());
        return new Sample(
                s.id(),
                s.sampleNo(),
                s.planId(),
                s.planTitle(),
                s.drawId(),
                s.enterpriseUscc(),
                name,
                s.countyCode(),
                regionName(s.countyCode()),
                s.categoryCode(),
                s.sampleName(),
                s.brand(),
                s.modelSpec(),
                s.batchOrDate(),
                s.quantity(),
                s.reserveQuantity(),
                s.price(),
                s.placeType(),
                s.manufacturerName(),
                s.manufacturerUscc(),
                s.manufacturerRegion(),
                s.inspectors(),
                s.sampledOn(),
                s.verdict(),
                s.failureClass(),
                s.verdictRound(),
                s.reportNo(),
                s.reportDate(),
                s.notifiedOn(),
                items,
                results(s.id()));
    }

    private List<ItemResult> results(long id) {
        return jdbc.sql("""
                        select res.plan_item_id, pi.name, pi.requirement_kind, pi.lower_limit, pi.upper_limit, pi.required_text,
                            pi.unit, pi.item_class, res.round, res.measured, res.verdict, res.reason
                        from sampling_result res join sampling_plan_item pi on pi.id = res.plan_item_id
                        where res.record_id = :id order by res.round, pi.id""")
                .param("id", id)
                .query((rs, n) -> new ItemResult(
                        rs.getLong(1),
                        rs.getString(2),
                        new org.zhijian.sampling.ItemSpec(
                                        null,
                                        null,
                                        null,
                                        rs.getString(7),
                                        rs.getString(3),
                                        rs.getBigDecimal(4),
                                        rs.getBigDecimal(5),
                                        rs.getString(6),
                                        null)
                                .requirementText(),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    private static Sample sample(ResultSet rs) throws SQLException {
        java.sql.Array inspectors = rs.getArray("inspectors");
        return new Sample(
                rs.getLong("id"),
                rs.getString("sample_no"),
                rs.getLong("plan_id"),
                rs.getString("title"),
                (Long) rs.getObject("draw_id", Long.class),
                rs.getString("enterprise_uscc"),
                "",
                rs.getString("county_code"),
                "",
                rs.getString("category_code"),
                rs.getString("sample_name"),
                rs.getString("brand"),
                rs.getString("model_spec"),
                rs.getString("batch_or_date"),
                rs.getString("quantity"),
                rs.getString("reserve_quantity"),
                rs.getBigDecimal("price"),
                PlaceType.valueOf(rs.getString("place_type")),
                rs.getString("manufacturer_name"),
                rs.getString("manufacturer_uscc"),
                rs.getString("manufacturer_region"),
                Arrays.asList((String[]) inspectors.getArray()),
                rs.getObject("sampled_on", LocalDate.class),
                rs.getString("verdict"),
                rs.getString("failure_class"),
                (Integer) rs.getObject("verdict_round", Integer.class),
                rs.getString("report_no"),
                rs.getObject("report_date", LocalDate.class),
                rs.getObject("notified_on", LocalDate.class),
                List.of(),
                List.of());
    }

    private String regionName(String code) {
        return code == null ? "" : regions.findByCode(code).map(Region::name).orElse(code);
    }
}
