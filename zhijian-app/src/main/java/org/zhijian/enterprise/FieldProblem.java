package org.zhijian.enterprise;

/**
 * A rule broken by one field of an enterprise.
 *
 * @param field the form field ({@code uscc}, {@code countyCode} …)
 * @param value the offending value
 * @param message Chinese explanation
 */
public record FieldProblem(String field, String value, String message) {}
