package org.zhijian.sampling;

/**
 * A plan indicator computed from sampling records (e.g. 制造业产品质量合格率).
 *
 * @param code indicator key, e.g. {@code manufacturing}
 * @param name Chinese name
 * @param rate unweighted pass rate with its interval
 * @param weightedRate pass rate weighted by industry output (Σ wᵢ·rateᵢ / Σ wᵢ over industries with samples), or
 *     {@code null} when no weights are configured
 */
public record QualityIndicator(String code, String name, PassRate rate, Double weightedRate) {}
