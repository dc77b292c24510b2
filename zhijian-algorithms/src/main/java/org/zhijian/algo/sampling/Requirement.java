package org.zhijian.algo.sampling;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * What a standard requires of one inspection item (检验项目), and the item verdict for a measured value.
 *
 * <p>Kinds: {@code MAX} value ≤ limit; {@code MIN} value ≥ limit; {@code RANGE} lower ≤ value ≤ upper;
 * {@code EQUALS} the result text equals the required text (after trimming, case and width folded); {@code
 * QUALITATIVE} the laboratory's own conclusion 符合/合格/通过 or 不符合/不合格/未通过.
 *
 * <p>Measured values as laboratories write them: plain decimals ({@code 0.12}, full-width digits allowed);
 * "not detected" ({@code 未检出}, {@code ND}, {@code <LOD}) and below-limit forms ({@code <0.01}, {@code ＜0.01}),
 * which conform to a {@code MAX} requirement when the stated bound is not above the limit and fail {@code MIN}
 * and {@code RANGE}; above-limit forms ({@code >100}) fail {@code MAX} when the bound is at or above the limit.
 * Anything else is {@link ItemVerdict.Outcome#INVALID} with a reason, never silently passed.
 *
 * @param kind the comparison
 * @param lower lower limit ({@code MIN}, {@code RANGE})
 * @param upper upper limit ({@code MAX}, {@code RANGE})
 * @param text required text ({@code EQUALS})
 */
public record Requirement(Kind kind, BigDecimal lower, BigDecimal upper, String text) {

    public enum Kind {
        MAX,
        MIN,
        RANGE,
        EQUALS,
        QUALITATIVE
    }

    private static final Set<String> NOT_DETECTED = Set.of("未检出", "nd", "n.d.", "<lod", "<检出限", "低于检出限");
    private static final Set<String> CONFORMS = Set.of("符合", "合格", "通过", "符合要求", "pass");
    private static final Set<String> FAILS = Set.of("不符合", "不合格", "未通过", "不符合要求", "fail");

    public Requirement {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        boolean ok = switch (kind) {
            case MAX -> upper != null;
            case MIN -> lower != null;
            case RANGE -> lower != null && upper != null && lower.compareTo(upper) <= 0;
            case EQUALS -> text != null && !text.isBlank();
            case QUALITATIVE -> true;
        };
        if (!ok) {
            throw new IllegalArgumentException(
                    "incomplete " + kind + " requirement: " + lower + ", " + upper + ", " + text);
        }
    }

    public static Requirement max(String limit) {
        return new Requirement(Kind.MAX, null, new BigDecimal(limit), null);
    }

    public static Requirement min(String limit) {
        return new Requirement(Kind.MIN, new BigDecimal(limit), null, null);
    }

    public static Requirement range(String lower, String upper) {
        return new Requirement(Kind.RANGE, new BigDecimal(lower), new BigDecimal(upper), null);
    }

    public static Requirement equalsText(String text) {
        return new Requirement(Kind.EQUALS, null, null, text);
    }

    public static Requirement qualitative() {
        return new Requirement(Kind.QUALITATIVE, null, null, null);
    }

    /** The verdict on a measured value as written in a laboratory report. */
    public ItemVerdict evaluate(String measured) {
        String value = fold(measured);
        if (value.isEmpty()) {
            return ItemVerdict.invalid("检验结果为空");
        }
        return switch (kind) {
            case EQUALS ->
                value.equals(fold(text))
                        ? ItemVerdict.pass()
                        : ItemVerdict.fail("结果“" + measured.strip() + "”不等于要求“" + text + "”");
            case QUALITATIVE -> qualitative(value, measured);
            default -> numeric(value, measured);
        };
    }

    private ItemVerdict qualitative(String value, String measured) {
        if (CONFORMS.contains(value)) {
            return ItemVerdict.pass();
        }
        if (FAILS.contains(value)) {
            return ItemVerdict.fail("检验结论为“" + measured.strip() + "”");
        }
        return ItemVerdict.invalid("定性项目的结果应为“符合”或“不符合”，实际为“" + measured.strip() + "”");
    }

    private ItemVerdict numeric(String value, String measured) {
        if (NOT_DETECTED.contains(value)) {
            return kind == Kind.MAX ? ItemVerdict.pass() : ItemVerdict.fail("未检出，低于下限 " + lower.toPlainString());
        }
        char bound = value.charAt(0);
        BigDecimal number = parse(bound == '<' || bound == '>' ? value.substring(1) : value);
        if (number == null) {
            return ItemVerdict.invalid("“" + measured.strip() + "”不是数值");
        }
        if (bound == '<') {
            return below(number);
        }
        if (bound == '>') {
            return above(number);
        }
        return exact(number);
    }

    private ItemVerdict exact(BigDecimal v) {
        if (lower != null && v.compareTo(lower) < 0) {
            return ItemVerdict.fail(v.toPlainString() + " 低于下限 " + lower.toPlainString());
        }
        if (upper != null && v.compareTo(upper) > 0) {
            return ItemVerdict.fail(v.toPlainString() + " 超过上限 " + upper.toPlainString());
        }
        return ItemVerdict.pass();
    }

    /** "&lt;b": the true value is below b. */
    private ItemVerdict below(BigDecimal b) {
        if (lower != null && b.compareTo(lower) <= 0) {
            return ItemVerdict.fail("小于 " + b.toPlainString() + "，低于下限 " + lower.toPlainString());
        }
        if (upper != null && b.compareTo(upper) > 0) {
            return ItemVerdict.invalid("“<" + b.toPlainString() + "”不能判断是否超过上限 " + upper.toPlainString());
        }
        return lower == null ? ItemVerdict.pass() : ItemVerdict.invalid("“<" + b.toPlainString() + "”不能判断是否达到下限");
    }

    /** "&gt;b": the true value is above b. */
    private ItemVerdict above(BigDecimal b) {
        if (upper != null && b.compareTo(upper) >= 0) {
            return ItemVerdict.fail("大于 " + b.toPlainString() + "，超过上限 " + upper.toPlainString());
        }
        if (upper == null && lower != null && b.compareTo(lower) >= 0) {
            return ItemVerdict.pass();
        }
        return ItemVerdict.invalid("“>" + b.toPlainString() + "”不能判断是否符合要求");
    }

    private static BigDecimal parse(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Trims, folds full-width forms (０-９, ＜, ＞, ．) and letters to lower case, drops inner spaces: how measured
     * values, item names and units written by different laboratories are compared. {@code null} gives "".
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.strip().codePoints().forEach(c -> {
            int folded = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            if (!Character.isWhitespace(folded) && folded != 0x3000) {
                b.appendCodePoint(folded);
            }
        });
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
