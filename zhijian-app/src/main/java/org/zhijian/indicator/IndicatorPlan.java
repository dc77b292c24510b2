package org.zhijian.indicator;

/** A development plan with indicators, e.g. {@code HN-14} 湖南省"十四五"质量强省规划 2021–2025. */
public record IndicatorPlan(String code, String name, int startYear, int endYear, int indicators) {}
