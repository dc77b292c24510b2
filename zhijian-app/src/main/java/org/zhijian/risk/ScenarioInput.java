package org.zhijian.risk;

/**
 * One injury scenario as an officer writes it.
 *
 * @param description how the product hurts someone
 * @param severity 1–4 (EU scale)
 * @param vulnerable whether vulnerable consumers (children, the elderly) are concerned
 * @param steps one step per line: a description, then its probability as {@code 1/10}, {@code 0.1} or {@code 10%}
 */
public record ScenarioInput(String description, Integer severity, boolean vulnerable, String steps) {}
