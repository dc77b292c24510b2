package org.zhijian.indicator.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.algo.scoring.IndicatorProgress;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorPlan;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.QualityIndicator;
import org.zhijian.sampling.SamplingManagement;

/**
 * Indicators and their progress: entered values from {@code indicator_value} (the latest up to the year), the five
 * pass rates from the sampling records (numerator and denominator, never an average of rates), each judged against
 * the linear trajectory ({@link IndicatorProgress}; {@code zhijian.indicator.behind-tolerance}, [U] 0.5 of the
 * planned change, separates 滞后 from 预警).
 */
@Service
class JdbcIndicators implements IndicatorManagement {

    static final ErrorCode UNKNOWN = new ErrorCode("INDICATOR_001", 404);

    private final JdbcClient jdbc;
    private final RegionManagement regions;
    private final SamplingManagement sampling;
    private final double tolerance;
    private final IndicatorValues values;
    private final PlanLoader loader;
    private final org.zhijian.platform.access.CurrentActor currentActor;
    private final org.zhijian.audit.AuditTrail audit;
    private final AnnualReport report;
    private final org.springframework.beans.factory.ObjectProvider<org.zhijian.indicator.Assessments> assessments;

    JdbcIndicators(
            JdbcClient jdbc,
            RegionManagement regions,
            SamplingManagement sampling,
            @Value("${zhijian.indicator.behind-tolerance:0.5}") double tolerance,
            IndicatorValues values,
            PlanLoader loader,
            org.zhijian.platform.access.CurrentActor currentActor,
            org.zhijian.audit.AuditTrail audit,
            AnnualReport report,
            org.springframework.beans.factory.ObjectProvider<org.zhijian.indicator.Assessments> assessments) {
        this.report = report;
        this.assessments = assessments;
        this.values = values;
        this.loader = loader;
        this.currentActor = currentActor;
        this.audit = audit;
        this.jdbc = jdbc;
        this.regions = regions;
        this.sampling = sampling;
        this.tolerance = tolerance;
    }

    @Override
    public List<IndicatorPlan> plans() {
        return jdbc.sql("select p.code, p.name, p.start_year, p.end_year, count(i.id) from indicator_plan p"
                        + " left join indicator i on i.plan_code = p.code group by 1, 2, 3, 4 order by p.start_year")
                .query((rs, n) ->
                        new IndicatorPlan(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    private record Row(
            long id,
            String plan,
            int no,
            String domain,
            String name,
            String unit,
            String comparator,
            int baselineYear,
            double baseline,
            int targetYear,
            Double target,
            String text,
            String attribute,
            String source,
            String key) {}

    /** A value as found: year, value, numerator, denominator, national target. */
    private record Found(Integer year, Double value, Double numerator, Double denominator, Double nationalTarget) {

        static final Found NONE = new Found(null, null, null, null, null);
    }

    @Override
    public List<IndicatorProgressView> progress(String plan, Integer year, String region) {
        String code = plan == null || plan.isBlank() ? IndicatorSeeder.PLAN : plan.strip();
        if (plans().stream().noneMatch(p -> p.code().equals(code))) {
            throw new BusinessRuleViolation(UNKNOWN, "规划 " + code);
        }
        return views("plan_code = ?", code, year, region);
    }

    /**
     * The indicators matching {@code condition} with their progress; the sampling rates are computed only when one of
     * them is a computed indicator.
     */
    private List<IndicatorProgressView> views(String condition, Object param, Integer year, String region) {
        Region r = region(region);
        int y = year == null ? LocalDate.now().getYear() : year;
        List<Row> rows = jdbc.sql("select * from indicator where " + condition + " order by no")
                .param(param)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("plan_code"),
                        rs.getInt("no"),
                        rs.getString("domain"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getString("comparator"),
                        rs.getInt("baseline_year"),
                        rs.getDouble("baseline_value"),
                        rs.getInt("target_year"),
                        rs.getObject("target_value") == null ? null : rs.getDouble("target_value"),
                        rs.getString("target_text"),
                        rs.getString("attribute"),
                        rs.getString("source"),
                        rs.getString("computed_key")))
                .list();
        Map<String, Found> computed =
                rows.stream().anyMatch(i -> "COMPUTED".equals(i.source())) ? computed(y, r) : Map.of();
        return rows.stream()
                .map(i -> view(
                        i,
                        "COMPUTED".equals(i.source())
                                ? computed.getOrDefault(i.key(), Found.NONE)
                                : entered(i.id(), y, r.code())))
                .toList();
    }

    private Region region(String code) {
        String c = code == null || code.isBlank()
                ? regions.find(RegionLevel.PROVINCE, null).get(0).code()
                : code.strip();
        return regions.findByCode(c).orElseThrow(() -> new BusinessRuleViolation(UNKNOWN, "地区 " + c));
    }

    /** The sampling pass rates of the year, or of the year before when the year has no decided sample yet. */
    private Map<String, Found> computed(int year, Region region) {
        Map<String, Found> out = new HashMap<>();
        String scope = region.level() == RegionLevel.PROVINCE ? null : region.code();
        List<QualityIndicator> ofYear = sampling.indicators(year, scope);
        for (int y : new int[] {year, year - 1}) {
            if (y != year && ofYear.stream().allMatch(q -> q.rate().total() > 0)) {
                break; // every rate has the year's samples: the year before is not needed
            }
            for (QualityIndicator q : y == year ? ofYear : sampling.indicators(y, scope)) {
                if (!out.containsKey(q.code()) && q.rate().total() > 0) {
                    out.put(
                            q.code(),
                            new Found(
                                    y,
                                    100.0 * q.rate().passed() / q.rate().total(),
                                    (double) q.rate().passed(),
                                    (double) q.rate().total(),
                                    null));
                }
            }
        }
        return out;
    }

    private Found entered(long indicator, int year, String region) {
        return jdbc.sql("""
                select year, value, numerator, denominator, national_target from indicator_value
                where indicator_id = ? and region_code = ? and year <= ? order by year desc, id desc limit 1""")
                .params(indicator, region, year)
                .query((rs, n) -> new Found(
                        rs.getInt(1),
                        IndicatorValues.number(rs.getObject(2)),
                        IndicatorValues.number(rs.getObject(3)),
                        IndicatorValues.number(rs.getObject(4)),
                        IndicatorValues.number(rs.getObject(5))))
                .optional()
                .orElse(Found.NONE);
    }

    private IndicatorProgressView view(Row i, Found f) {
        boolean national = i.comparator().equals(">=national");
        Double target = national ? f.nationalTarget() : i.target();
        IndicatorProgress.Plan p = new IndicatorProgress.Plan(
                i.baselineYear(),
                i.baseline(),
                i.targetYear(),
                target,
                IndicatorProgress.Comparator.parse(national ? ">=" : i.comparator()),
                "BINDING".equals(i.attribute()));
        IndicatorProgress.Assessment a =
                IndicatorProgress.assess(p, f.year() == null ? i.baselineYear() : f.year(), f.value(), tolerance);
        return new IndicatorProgressView(
                i.id(),
                i.plan(),
                i.no(),
                i.domain(),
                i.name(),
                i.unit(),
                i.comparator(),
                i.baselineYear(),
                i.baseline(),
                i.targetYear(),
                i.target(),
                i.text(),
                i.attribute(),
                i.source(),
                f.year(),
                f.value(),
                f.numerator(),
                f.denominator(),
                a.expected(),
                a.status().name(),
                a.status().label());
    }

    @Override
    public java.util.Optional<IndicatorProgressView> find(long id, Integer year, String region) {
        return views("id = ?", id, year, region).stream().findFirst();
    }

    @Override
    public List<org.zhijian.indicator.IndicatorValue> values(long id, String region) {
        return values.values(id, region(region).code());
    }

    @Override
    public org.zhijian.indicator.IndicatorValue record(long id, org.zhijian.indicator.NewIndicatorValue value) {
        return values.record(id, value);
    }

    @Override
    public List<org.zhijian.indicator.RegionStatus> byPrefecture(long id, Integer year) {
        return regions.find(RegionLevel.PREFECTURE, null).stream()
                .map(r -> find(id, year, r.code())
                        .map(v -> new org.zhijian.indicator.RegionStatus(
                                r.code(), r.name(), v.year(), v.value(), v.status(), v.statusLabel()))
                        .orElseThrow(() -> new BusinessRuleViolation(UNKNOWN, "指标 " + id)))
                .toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public IndicatorPlan addPlan(String code, String name, int startYear, int endYear, byte[] csv) {
        org.zhijian.platform.access.Actor actor = currentActor.get();
        actor.checkWritesProvince();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9][A-Z0-9-]{1,19}")
                || name == null
                || name.isBlank()
                || endYear < startYear
                || startYear < 2000) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "规划代码为 2–20 位大写字母、数字或连字符，名称不能为空，起止年份有效");
        }
        if (plans().stream().anyMatch(p -> p.code().equals(c))) {
            throw new BusinessRuleViolation(JdbcRounds.STATE, "规划代码 " + c + " 已存在");
        }
        jdbc.sql("insert into indicator_plan (code, name, start_year, end_year, created_by) values (?, ?, ?, ?, ?)")
                .params(c, name.strip(), startYear, endYear, actor.username())
                .update();
        int n = loader.load(c, org.zhijian.platform.CsvText.decode(csv));
        audit.record(org.zhijian.audit.AuditEntry.of(
                "INDICATOR_PLAN_ADDED", "indicator_plan", c, "新增规划 " + name.strip() + "（" + n + " 项指标）"));
        return plans().stream().filter(p -> p.code().equals(c)).findFirst().orElseThrow();
    }

    @Override
    public void annualReport(int year, String format, java.io.OutputStream out) throws java.io.IOException {
        List<IndicatorProgressView> rows = progress(IndicatorSeeder.PLAN, year, null);
        java.util.Optional<org.zhijian.indicator.AssessmentResult> assessment = assessments.getIfAvailable() == null
                ? java.util.Optional.empty()
                : assessments.getObject().result(year);
        if ("xlsx".equalsIgnoreCase(format)) {
            report.xlsx(year, rows, assessment, out);
        } else {
            report.pdf(year, rows, assessment, out);
        }
    }
}
