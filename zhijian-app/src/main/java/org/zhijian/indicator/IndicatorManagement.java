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
}
