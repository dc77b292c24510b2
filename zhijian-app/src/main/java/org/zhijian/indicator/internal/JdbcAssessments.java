package org.zhijian.indicator.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.scoring.AssessmentScoring;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.indicator.AssessmentItem;
import org.zhijian.indicator.AssessmentResult;
import org.zhijian.indicator.Assessments;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** The yearly assessment (see {@link Assessments}); scores by {@link AssessmentScoring}. */
@Service
class JdbcAssessments implements Assessments {

    private final JdbcClient jdbc;
    private final RegionManagement regions;
    private final IndicatorManagement indicators;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final AssessmentAppeals appeals;

    JdbcAssessments(
            JdbcClient jdbc,
            RegionManagement regions,
            IndicatorManagement indicators,
            CurrentActor currentActor,
            AuditTrail audit,
            AssessmentAppeals appeals) {
        this.appeals = appeals;
        this.jdbc = jdbc;
        this.regions = regions;
        this.indicators = indicators;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    @Transactional
    public AssessmentResult createScheme(int year, List<AssessmentItem> items) {
        province();
        check(items);
        if (schemeId(year).isPresent()) {
            throw new BusinessRuleViolation(JdbcRounds.STATE, year + " 年考核方案已存在");
        }
        long id = jdbc.sql("insert into assessment_scheme (year, created_by) values (?, ?) returning id")
                .params(year, currentActor.get().username())
                .query(Long.class)
                .single();
        for (AssessmentItem i : items) {
            jdbc.sql("""
                    insert into assessment_item (scheme_id, code, name, kind, points, floor_value, target_value,
                        higher_is_better, per_unit, indicator_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            i.code().strip(),
                            i.name().strip(),
                            i.kind(),
                            i.points(),
                            i.floor(),
                            i.target(),
                            i.higherIsBetter(),
                            i.perUnit(),
                            i.indicatorId())
                    .update();
        }
        audit.record(AuditEntry.of(
                "ASSESSMENT_SCHEME", "assessment_scheme", Long.toString(id), year + " 年考核方案：" + items.size() + " 项"));
        return result(year).orElseThrow();
    }

    private static void check(List<AssessmentItem> items) {
        if (items == null || items.isEmpty()) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "考核方案至少一项");
        }
        for (AssessmentItem i : items) {
            boolean kind =
                    List.of("INDICATOR", "TASK", "DEDUCTION", "BONUS", "VETO").contains(i.kind());
            boolean indicator = !"INDICATOR".equals(i.kind())
                    || (i.indicatorId() != null && i.floor() != null && i.target() != null);
            if (i.code() == null
                    || i.code().isBlank()
                    || i.name() == null
                    || i.name().isBlank()
                    || !kind
                    || !indicator
                    || i.points() < 0) {
                throw new BusinessRuleViolation(
                        IndicatorValues.INVALID, "考核项 " + i.code() + "：须有代码、名称、类别，指标项须指定指标、下限和目标，分值不为负");
            }
        }
    }

    @Override
    @Transactional
    public AssessmentResult recordInput(int year, String prefecture, String itemCode, double value, String note) {
        province();
        long scheme = scheme(year);
        Region r = regions.findByCode(prefecture == null ? "" : prefecture)
                .filter(x -> x.level() == RegionLevel.PREFECTURE)
                .orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "市州 " + prefecture));
        String kind = items(scheme).stream()
                .filter(i -> i.code().equals(itemCode))
                .map(AssessmentItem::kind)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "考核项 " + itemCode));
        if ("INDICATOR".equals(kind) || value < 0 || ("TASK".equals(kind) && value > 1)) {
            throw new BusinessRuleViolation(IndicatorValues.INVALID, "指标项取自指标值；完成比例在 0–1 之间，次数不为负");
        }
        jdbc.sql("insert into assessment_input (scheme_id, item_code, prefecture_code, value, note, entered_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        scheme,
                        itemCode,
                        r.code(),
                        value,
                        note == null ? "" : note.strip(),
                        currentActor.get().username())
                .update();
        audit.record(AuditEntry.of(
                "ASSESSMENT_INPUT",
                "assessment_scheme",
                Long.toString(scheme),
                year + " 年 " + r.name() + " " + itemCode + " = " + value));
        return result(year).orElseThrow();
    }

    @Override
    public Optional<AssessmentResult> result(int year) {
        return schemeId(year).map(scheme -> {
            List<AssessmentItem> items = items(scheme);
            Map<String, Map<String, Double>> inputs = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (Region p : regions.find(RegionLevel.PREFECTURE, null)) {
                names.put(p.code(), p.name());
                inputs.put(p.code(), inputs(scheme, year, p.code(), items));
            }
            List<AssessmentScoring.Item> scheme2 = items.stream()
                    .map(i -> new AssessmentScoring.Item(
                            i.code(),
                            i.name(),
                            AssessmentScoring.Kind.valueOf(i.kind()),
                            i.points(),
                            i.floor(),
                            i.target(),
                            i.higherIsBetter(),
                            i.perUnit()))
                    .toList();
            java.time.LocalDate until = jdbc.sql("select appeal_until from assessment_scheme where id = ?")
                    .param(scheme)
                    .query((rs, n) -> rs.getObject(1, java.time.LocalDate.class))
                    .optional()
                    .orElse(null);
            return new AssessmentResult(
                    year,
                    items,
                    AssessmentScoring.score(scheme2, inputs).stream()
                            .map(s -> new AssessmentResult.Ranked(s.region(), names.get(s.region()), s))
                            .toList(),
                    until);
        });
    }

    private Map<String, Double> inputs(long scheme, int year, String prefecture, List<AssessmentItem> items) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("select distinct on (item_code) item_code, value from assessment_input"
                        + " where scheme_id = ? and prefecture_code = ? order by item_code, id desc")
                .params(scheme, prefecture)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        for (AssessmentItem i : items) {
            if ("INDICATOR".equals(i.kind()) && !values.containsKey(i.code())) { // an accepted appeal overrides
                values.put(
                        i.code(),
                        indicators
                                .find(i.indicatorId(), year, prefecture)
                                .map(IndicatorProgressView::value)
                                .orElse(null));
            }
        }
        return values;
    }

    private List<AssessmentItem> items(long scheme) {
        return jdbc.sql("select * from assessment_item where scheme_id = ? order by id")
                .param(scheme)
                .query((rs, n) -> new AssessmentItem(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getDouble("points"),
                        rs.getObject("floor_value") == null ? null : rs.getDouble("floor_value"),
                        rs.getObject("target_value") == null ? null : rs.getDouble("target_value"),
                        rs.getBoolean("higher_is_better"),
                        rs.getDouble("per_unit"),
                        rs.getObject("indicator_id") == null ? null : rs.getLong("indicator_id")))
                .list();
    }

    private Optional<Long> schemeId(int year) {
        return jdbc.sql("select id from assessment_scheme where year = ?")
                .param(year)
                .query(Long.class)
                .optional();
    }

    @Override
    public AssessmentResult openAppeals(int year, java.time.LocalDate until) {
        province();
        appeals.open(scheme(year), year, until);
        return result(year).orElseThrow();
    }

    @Override
    public org.zhijian.indicator.Appeal appeal(int year, String prefecture, String itemCode, String reason) {
        AssessmentResult r =
                result(year).orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, year + " 年考核方案"));
        return appeals.file(r, scheme(year), prefecture, itemCode, reason);
    }

    @Override
    public org.zhijian.indicator.Appeal decide(long appealId, boolean accept, Double newValue, String decision) {
        province();
        return appeals.decide(appealId, accept, newValue, decision);
    }

    @Override
    public List<org.zhijian.indicator.Appeal> appeals(int year) {
        return appeals.list(year);
    }

    private long scheme(int year) {
        return schemeId(year).orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, year + " 年考核方案"));
    }

    private void province() {
        currentActor.get().checkWritesProvince();
    }
}
