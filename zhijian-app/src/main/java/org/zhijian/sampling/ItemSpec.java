package org.zhijian.sampling;

import java.math.BigDecimal;

/**
 * An inspection item (检验项目) of a product category: what is tested, by which standard, in which unit, what the
 * standard requires and how serious a failure is.
 *
 * @param categoryCode product category the item applies to
 * @param name item, e.g. 铅（以 Pb 计）
 * @param standard standard and clause, e.g. GB 2762-2022
 * @param unit unit of the measured value, e.g. mg/kg (empty for text and qualitative items)
 * @param requirementKind MAX (≤), MIN (≥), RANGE, EQUALS (text) or QUALITATIVE (符合/不符合)
 * @param lower lower limit (MIN, RANGE)
 * @param upper upper limit (MAX, RANGE)
 * @param requiredText required result text (EQUALS)
 * @param itemClass A (serious non-conformity, A类) or B (ordinary, B类)
 */
public record ItemSpec(
        String categoryCode,
        String name,
        String standard,
        String unit,
        String requirementKind,
        BigDecimal lower,
        BigDecimal upper,
        String requiredText,
        String itemClass) {

    /** The requirement as text, e.g. {@code ≤ 0.2 mg/kg}, {@code 6.5～8.5}, {@code 符合}. */
    public String requirementText() {
        String u = unit == null || unit.isBlank() ? "" : " " + unit;
        return switch (requirementKind == null ? "" : requirementKind) {
            case "MAX" -> "≤ " + plain(upper) + u;
            case "MIN" -> "≥ " + plain(lower) + u;
            case "RANGE" -> plain(lower) + "～" + plain(upper) + u;
            case "EQUALS" -> requiredText;
            case "QUALITATIVE" -> "符合标准要求";
            default -> "";
        };
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
