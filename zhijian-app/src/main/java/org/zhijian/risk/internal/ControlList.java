package org.zhijian.risk.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * Parameters given by their names in R's control lists, read with defaults; every value read is recorded, so the
 * output says exactly what ran. A name the method does not know, or a value that does not parse, is refused.
 */
final class ControlList {

    private final Map<String, String> given;
    private final Set<String> known = new TreeSet<>();
    private final Map<String, String> used = new LinkedHashMap<>();

    ControlList(Map<String, String> given) {
        this.given = given;
    }

    double number(String name, double fallback) {
        String v = take(name);
        if (v == null) {
            return record(name, fallback);
        }
        if (v.equalsIgnoreCase("NULL") || v.equalsIgnoreCase("NA")) {
            return record(name, Double.NaN);
        }
        try {
            return record(name, Double.parseDouble(v));
        } catch (NumberFormatException e) {
            throw bad(name, v, "不是数字");
        }
    }

    int integer(String name, int fallback) {
        double d = number(name, fallback);
        if (d != Math.rint(d)) {
            throw bad(name, given.get(name), "须为整数");
        }
        used.put(name, Integer.toString((int) d));
        return (int) d;
    }

    boolean bool(String name, boolean fallback) {
        String v = take(name);
        boolean b = v == null
                ? fallback
                : switch (v.toUpperCase(Locale.ROOT)) {
                    case "TRUE", "T", "1", "YES" -> true;
                    case "FALSE", "F", "0", "NO" -> false;
                    default -> throw bad(name, v, "须为 TRUE 或 FALSE");
                };
        used.put(name, b ? "TRUE" : "FALSE");
        return b;
    }

    String text(String name, String fallback, String... allowed) {
        String v = take(name);
        String s = v == null ? fallback : v.replace("\"", "").replace("'", "").strip();
        for (String a : allowed) {
            if (a.equalsIgnoreCase(s)) {
                used.put(name, a);
                return a;
            }
        }
        throw bad(name, s, "须为 " + String.join("、", allowed));
    }

    /** Whether the value given for {@code name} is the word (R's {@code m = "glm"}); recorded when it is. */
    boolean isWord(String name, String word) {
        String v = take(name);
        if (v != null && v.replace("\"", "").replace("'", "").strip().equalsIgnoreCase(word)) {
            used.put(name, word);
            return true;
        }
        return false;
    }

    /** A pair such as limit54 = "5,4" or "c(5,4)". */
    int[] pair(String name, int first, int second) {
        String v = take(name);
        if (v == null) {
            used.put(name, first + "," + second);
            return new int[] {first, second};
        }
        String[] parts = v.replace("c(", "").replace(")", "").split(",");
        try {
            int[] p = {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            used.put(name, p[0] + "," + p[1]);
            return p;
        } catch (RuntimeException e) {
            throw bad(name, v, "须为两个整数，如 5,4");
        }
    }

    /** Refuses names the method did not read. */
    Map<String, String> finish() {
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw new BusinessRuleViolation(
                        RiskErrors.BAD_PARAMETER, name, "该方法没有这个参数（可用：" + String.join("、", known) + "）");
            }
        }
        return used;
    }

    private String take(String name) {
        known.add(name);
        String v = given.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private double record(String name, double value) {
        used.put(name, Double.isNaN(value) ? "NULL" : stripZeros(value));
        return value;
    }

    private static String stripZeros(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static BusinessRuleViolation bad(String name, String value, String why) {
        return new BusinessRuleViolation(RiskErrors.BAD_PARAMETER, name, value + "：" + why);
    }
}
