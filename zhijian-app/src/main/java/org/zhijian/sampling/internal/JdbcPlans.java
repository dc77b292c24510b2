package org.zhijian.sampling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.ItemSpec;
import org.zhijian.sampling.ItemTemplate;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanItem;
import org.zhijian.sampling.PlanLevel;
import org.zhijian.sampling.PlanSummary;
import org.zhijian.sampling.RegionTarget;

/** Plans and item templates. A plan is read and changed within the scope of its organiser's region. */
@Component
class JdbcPlans {

    private static final String ITEM_COLUMNS = "category_code, name, standard, unit, requirement_kind, lower_limit, "
            + "upper_limit, required_text, item_class";

    private final JdbcClient jdbc;
    private final PlanRules rules;
    private final RegionManagement regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    JdbcPlans(JdbcClient jdbc, PlanRules rules, RegionManagement regions, CurrentActor currentActor, AuditTrail audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    List<ItemTemplate> templates(String category) {
        boolean all = category == null || category.isBlank();
        return jdbc.sql("select id, " + ITEM_COLUMNS + " from sampling_item_template"
                        + (all ? "" : " where category_code = :category") + " order by category_code, id")
                .param("category", all ? "" : category.strip())
                .query((rs, n) -> new ItemTemplate(rs.getLong(1), spec(rs)))
                .list();
    }

    @Transactional
    ItemTemplate addTemplate(ItemSpec spec) {
        currentActor.get().checkMayWrite();
        rules.check(spec);
        try {
            long id = jdbc.sql(
                            "insert into sampling_item_template (" + ITEM_COLUMNS + ") values (:categoryCode, :name, "
                                    + ":standard, coalesce(:unit, ''), :requirementKind, :lower, :upper, :requiredText, :itemClass) "
                                    + "returning id")
                    .paramSource(spec)
                    .query(Long.class)
                    .single();
            ItemTemplate template = new ItemTemplate(id, spec);
            audit.record(new AuditEntry(
                    "SAMPLING_TEMPLATE_CREATE",
                    "sampling_item_template",
                    Long.toString(id),
                    "新增检验项目 " + spec.categoryCode() + " " + spec.name(),
                    null,
                    spec));
            return template;
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(SamplingErrors.TEMPLATE_EXISTS, spec.categoryCode(), spec.name());
        }
    }

    PageResult<PlanSummary> plans(PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(params);
        long total = jdbc.sql("select count(*) from sampling_plan p where " + scope)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<PlanSummary> items = jdbc
                .sql("""
                        select p.id, p.year, p.batch, p.title, p.level, p.organizer_region,
                            (select coalesce(sum(target_count), 0) from sampling_plan_target t where t.plan_id = p.id),
                            (select status from sampling_draw d where d.plan_id = p.id
                               order by (status = 'CONFIRMED') desc, id desc limit 1)
                        from sampling_plan p""" + " where " + scope + " order by p.year desc, p.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new PlanSummary(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        PlanLevel.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8)))
                .list()
                .stream()
                .map(p -> new PlanSummary(
                        p.id(),
                        p.year(),
                        p.batch(),
                        p.title(),
                        p.level(),
                        regionName(p.organizerRegionName()),
                        p.targetTotal(),
                        p.drawStatus()))
                .toList();
        return new PageResult<>(items, total, page.page(), page.size(), true);
    }

    Optional<Plan> plan(long id) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(params);
        params.put("id", id);
        Optional<Object[]> row = jdbc.sql(
                        "select id, year, batch, title, level, organizer_region, institution, created_by, "
                                + "created_at, class_ratios from sampling_plan p where id = :id and " + scope)
                .params(params)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getObject(9, OffsetDateTime.class),
                    rs.getString(10)
                })
                .optional();
        return row.map(r -> new Plan(
                (long) r[0],
                (int) r[1],
                (String) r[2],
                (String) r[3],
                PlanLevel.valueOf((String) r[4]),
                (String) r[5],
                regionName((String) r[5]),
                (String) r[6],
                categories(id),
                targets(id),
                items(id),
                (String) r[7],
                (OffsetDateTime) r[8],
                (String) r[9]));
    }

    private long insertPlan(PlanForm form, Region organizer, String prefecture, String county) {
        try {
            return jdbc.sql("""
                    insert into sampling_plan (year, batch, title, level, organizer_region, organizer_prefecture,
                        organizer_county, institution, created_by, class_ratios)
                    values (:year, :batch, :title, :level, :region, :prefecture, :county, :institution, :by, :ratios)
                    returning id""")
                    .param("year", form.year())
                    .param("batch", form.batch().strip())
                    .param("title", form.title().strip())
                    .param("level", form.level().name())
                    .param("region", organizer.code())
                    .param("prefecture", prefecture)
                    .param("county", county)
                    .param("institution", form.institution().strip())
                    .param("by", currentActor.get().username())
                    .param(
                            "ratios",
                            ClassRatios.text(ClassRatios.parse(form.classRatios(), new java.util.ArrayList<>())))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(SamplingErrors.BATCH_EXISTS, form.year(), form.batch());
        }
    }

    @Transactional
    Plan createPlan(PlanForm form) {
        Region organizer = rules.check(form);
        String prefecture = organizer.level() == RegionLevel.PREFECTURE
                ? organizer.code()
                : organizer.level() == RegionLevel.COUNTY ? organizer.parent() : null;
        String county = organizer.level() == RegionLevel.COUNTY ? organizer.code() : null;
        currentActor.get().checkWrite(county, prefecture, null);
        long id = insertPlan(form, organizer, prefecture, county);
        storeCategoriesAndTargets(id, form);
        Plan plan = plan(id).orElseThrow();
        audit.record(new AuditEntry(
                "SAMPLING_PLAN_CREATE",
                "sampling_plan",
                Long.toString(id),
                "新建抽查计划 " + plan.year() + " " + plan.batch() + " " + plan.title(),
                null,
                plan));
        return plan;
    }

    /** The plan's categories, each with the items of its template, and its targets per region. */
    private void storeCategoriesAndTargets(long id, PlanForm form) {
        for (String category : form.categories().stream().distinct().toList()) {
            jdbc.sql("insert into sampling_plan_category values (:id, :category)")
                    .param("id", id)
                    .param("category", category)
                    .update();
            jdbc.sql("insert into sampling_plan_item (plan_id, " + ITEM_COLUMNS + ") select :id, " + ITEM_COLUMNS
                            + " from sampling_item_template where category_code = :category order by id")
                    .param("id", id)
                    .param("category", category)
                    .update();
        }
        form.targets()
                .forEach((region, count) -> jdbc.sql("insert into sampling_plan_target values (:id, :region, :count)")
                        .param("id", id)
                        .param("region", region)
                        .param("count", count)
                        .update());
    }

    /**
     * The plan's scope condition on {@code sampling_plan p}. An inspector sees exactly the plans they are assigned
     * to, whoever organised them: a task of a confirmed draw, or a sample they took.
     */
    String scope(Map<String, Object> params) {
        var actor = currentActor.get();
        Scope scope = actor.readScope();
        params.put("scopeCode", scope.code());
        if (!"INSPECTOR".equals(actor.role())) {
            return scope.sql("p.organizer_county", "p.organizer_prefecture", null);
        }
        params.put("inspector", actor.username());
        return """
                (exists (select 1 from sampling_draw sd join sampling_draw_selection ss on ss.draw_id = sd.id
                         where sd.plan_id = p.id and sd.status = 'CONFIRMED' and :inspector = any(ss.inspectors))
                 or exists (select 1 from sampling_record sr where sr.plan_id = p.id
                            and :inspector = any(sr.inspectors)))""";
    }

    private List<String> categories(long id) {
        return jdbc.sql("select category_code from sampling_plan_category where plan_id = :id order by 1")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private List<RegionTarget> targets(long id) {
        List<String[]> rows = jdbc.sql(
                        "select region_code, target_count from sampling_plan_target where plan_id = :id order by 1")
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        return rows.stream()
                .map(r -> new RegionTarget(r[0], regionName(r[0]), Integer.parseInt(r[1])))
                .toList();
    }

    private List<PlanItem> items(long id) {
        return jdbc.sql("select id, " + ITEM_COLUMNS
                        + " from sampling_plan_item where plan_id = :id order by category_code, id")
                .param("id", id)
                .query((rs, n) -> new PlanItem(rs.getLong(1), spec(rs)))
                .list();
    }

    private static ItemSpec spec(ResultSet rs) throws SQLException {
        return new ItemSpec(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBigDecimal(7),
                rs.getBigDecimal(8),
                rs.getString(9),
                rs.getString(10));
    }

    private String regionName(String code) {
        return code == null ? "" : regions.findByCode(code).map(Region::name).orElse(code);
    }
}
