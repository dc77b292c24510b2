package org.zhijian.indicator.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.indicator.IndicatorValue;
import org.zhijian.indicator.NewIndicatorValue;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * Values of entered indicators, kept with their history: checked against the unit (a percentage lies in 0–100, counts
 * are not negative; a rate from its numerator and denominator) and, beyond {@code zhijian.indicator.change-reason-percent}
 * ([U] 30 %) change from the year before, given a reason. Province officers record any region, a prefecture's
 * officers their prefecture.
 */
@Component
class IndicatorValues {

    static final ErrorCode INVALID = new ErrorCode("INDICATOR_002", 422);
    static final ErrorCode COMPUTED = new ErrorCode("INDICATOR_003", 409);

    private final JdbcClient jdbc;
    private final RegionManagement regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final double changePercent;
    private final JdbcRounds rounds;
    private final org.springframework.context.ApplicationEventPublisher events;

    IndicatorValues(
            JdbcClient jdbc,
            RegionManagement regions,
            CurrentActor currentActor,
            AuditTrail audit,
            @Value("${zhijian.indicator.change-reason-percent:30}") double changePercent,
            JdbcRounds rounds,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
        this.changePercent = changePercent;
    }

    private record Indicator(long id, String plan, String name, String unit, String source, int baselineYear) {}

    @Transactional
    IndicatorValue record(long id, NewIndicatorValue v) {
        Indicator i = indicator(id);
        if ("COMPUTED".equals(i.source())) {
            throw new BusinessRuleViolation(COMPUTED, i.name() + "由抽检记录计算，不能填报");
        }
        Region region = region(v.regionCode());
        Actor actor = currentActor.get();
        actor.checkWrite(null, region.prefectureCode(), null);
        if (v.year() == null || v.year() < i.baselineYear() || v.year() > 2100) {
            throw new BusinessRuleViolation(INVALID, "年度应不早于基期 " + i.baselineYear());
        }
        rounds.checkEntry(i.plan(), v.year(), region);
        double value = value(i, v);
        String note = v.note() == null ? "" : v.note().strip();
        checkChange(id, region, v.year(), value, note);
        long stored = insert(id, v, region, value, note, actor.username());
        events.publishEvent(new org.zhijian.indicator.IndicatorValueRecorded(id, v.year(), region.code()));
        audit.record(new AuditEntry(
                "INDICATOR_VALUE",
                "indicator",
                Long.toString(id),
                "填报 " + i.name() + " " + v.year() + " 年 " + region.name() + "：" + value + i.unit(),
                null,
                Map.of("year", v.year(), "region", region.code(), "value", value)));
        return values(id, region.code()).stream()
                .filter(x -> x.id() == stored)
                .findFirst()
                .orElseThrow();
    }

    /** The province or a prefecture (indicators are not reported per county). */
    private Region region(String code) {
        return regions.findByCode(code == null ? "" : code.strip())
                .filter(r -> r.level() != RegionLevel.COUNTY)
                .orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "地区 " + code));
    }

    /** A change from last year's value beyond the configured share needs a reason [U]. */
    private void checkChange(long id, Region region, int year, double value, String note) {
        Double previous = current(id, region.code(), year - 1);
        if (previous != null
                && previous != 0
                && Math.abs(value - previous) / Math.abs(previous) * 100 > changePercent
                && note.isEmpty()) {
            throw new BusinessRuleViolation(INVALID, "与上年（" + previous + "）相比变化超过 " + (int) changePercent + "%，请说明原因");
        }
    }

    private long insert(long id, NewIndicatorValue v, Region region, double value, String note, String by) {
        return jdbc.sql("""
                insert into indicator_value (indicator_id, year, region_code, value, numerator, denominator,
                    national_target, note, entered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        id,
                        v.year(),
                        region.code(),
                        value,
                        v.numerator(),
                        v.denominator(),
                        v.nationalTarget(),
                        note,
                        by)
                .query(Long.class)
                .single();
    }

    private double value(Indicator i, NewIndicatorValue v) {
        double value;
        if (v.numerator() != null || v.denominator() != null) {
            if (v.numerator() == null
                    || v.denominator() == null
                    || v.denominator() <= 0
                    || v.numerator() < 0
                    || v.numerator() > v.denominator()) {
                throw new BusinessRuleViolation(INVALID, "分子、分母须同时填写，分母大于 0，分子不大于分母");
            }
            value = ("%".equals(i.unit()) ? 100.0 : 1.0) * v.numerator() / v.denominator();
        } else if (v.value() == null || !Double.isFinite(v.value())) {
            throw new BusinessRuleViolation(INVALID, "请填写数值");
        } else {
            value = v.value();
        }
        if ("%".equals(i.unit()) && (value < 0 || value > 100)) {
            throw new BusinessRuleViolation(INVALID, "百分比应在 0–100 之间：" + value);
        }
        if (value < 0) {
            throw new BusinessRuleViolation(INVALID, "数值不能为负：" + value);
        }
        return value;
    }

    private Indicator indicator(long id) {
        return jdbc.sql("select id, plan_code, name, unit, source, baseline_year from indicator where id = ?")
                .param(id)
                .query((rs, n) -> new Indicator(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .optional()
                .orElseThrow(() -> new BusinessRuleViolation(JdbcIndicators.UNKNOWN, "指标 " + id));
    }

    private Double current(long id, String region, int year) {
        return jdbc.sql("select value from indicator_value where indicator_id = ? and region_code = ? and year = ?"
                        + " order by id desc limit 1")
                .params(id, region, year)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getDouble(1))
                .optional()
                .orElse(null);
    }

    List<IndicatorValue> values(long id, String region) {
        return jdbc.sql("select * from indicator_value where indicator_id = ? and region_code = ? order by year, id")
                .params(id, region)
                .query((rs, n) -> new IndicatorValue(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        rs.getString("region_code"),
                        regions.findByCode(rs.getString("region_code"))
                                .map(Region::name)
                                .orElse(""),
                        number(rs.getObject("value")),
                        number(rs.getObject("numerator")),
                        number(rs.getObject("denominator")),
                        number(rs.getObject("national_target")),
                        rs.getString("note"),
                        rs.getString("entered_by"),
                        rs.getObject("entered_at", OffsetDateTime.class)))
                .list();
    }

    /** A nullable numeric column as a Double. */
    static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
