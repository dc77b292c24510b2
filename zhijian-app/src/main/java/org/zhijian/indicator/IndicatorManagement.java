package org.zhijian.indicator;

import java.util.List;

/** The indicator module's API (readable by every signed-in officer). */
public interface IndicatorManagement {

    List<IndicatorPlan> plans();

    /**
     * Every indicator of a plan with its latest value up to {@code year} (default: this year) for a region (default:
     * the province) and its status against the linear trajectory.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code INDICATOR_001} for an unknown plan or region
     */
    List<IndicatorProgressView> progress(String plan, Integer year, String region);

    /** One indicator's progress (as in {@link #progress}). */
    java.util.Optional<IndicatorProgressView> find(long id, Integer year, String region);

    /** Every value given for an indicator in a region, oldest year first, each year's history in order. */
    List<IndicatorValue> values(long id, String region);

    /**
     * Records a value; the province's officers record any region, a prefecture's officers their prefecture. Audited.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code INDICATOR_001} unknown indicator or region,
     *     {@code INDICATOR_002} invalid value (range, missing reason for a large change), {@code INDICATOR_003} a
     *     computed indicator
     */
    IndicatorValue record(long id, NewIndicatorValue value);

    /** The indicator's latest value and status in each prefecture up to {@code year}. */
    List<RegionStatus> byPrefecture(long id, Integer year);

    /**
     * Adds a plan (e.g. the 15th Five-Year Plan) with its indicators from CSV in the columns of the shipped plan
     * (UTF-8, UTF-8 with BOM or GB18030); province officers only; all or nothing; audited.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code INDICATOR_002} for a bad plan or file (each row's
     *     problem by row and column), {@code INDICATOR_004} for a code in use
     */
    IndicatorPlan addPlan(String code, String name, int startYear, int endYear, byte[] csv);

    /**
     * The annual quality-status report (年度质量状况分析报告) for a year: the indicators' progress and, when the year
     * has an assessment, its ranking — as PDF (Chinese text, tables, a chart of the pass rates) or XLSX.
     *
     * @param format {@code pdf} or {@code xlsx}
     */
    void annualReport(int year, String format, java.io.OutputStream out) throws java.io.IOException;
}
