package org.zhijian.sampling.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's inspection ratios per credit-risk class (K3/K4: no national values; 盐城 uses A &lt;3 %, B 3–20 %,
 * C 30–50 %, D ≥80 %), written {@code A=3,B=10,C=30,D=80} (per cent, each class once, every class given, each above 0
 * and at most 100). In a draw they are the candidates' weights: within a stratum an enterprise's chance of selection
 * grows with its class's ratio (A-ES weighted sampling), while the plan's target counts stay as set.
 */
final class ClassRatios {

    static final List<String> CLASSES = List.of("A", "B", "C", "D");

    private ClassRatios() {}

    /** The ratios of a text, or the problems found; blank text is no weighting (an empty map). */
    static Map<String, Double> parse(String text, List<String> problems) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return ratios;
        }
        for (String part : text.strip().split("\\s*[,，;；]\\s*")) {
            String[] kv = part.split("\\s*[=：:]\\s*");
            String c = kv[0].strip().toUpperCase(java.util.Locale.ROOT);
            if (kv.length != 2 || !CLASSES.contains(c) || ratios.containsKey(c)) {
                problems.add("信用分类抽查比例“" + part + "”应写作 类别=百分比，如 A=3，每类一次");
                continue;
            }
            try {
                double v = Double.parseDouble(kv[1].replace("%", "").strip());
                if (!(v > 0) || v > 100) {
                    problems.add(c + " 类的抽查比例应大于 0 且不超过 100");
                }
                ratios.put(c, v);
            } catch (NumberFormatException e) {
                problems.add(c + " 类的抽查比例“" + kv[1] + "”不是数字");
            }
        }
        if (problems.isEmpty() && !ratios.keySet().containsAll(CLASSES)) {
            problems.add("信用分类抽查比例须为 A、B、C、D 四类都给出");
        }
        return ratios;
    }

    /** The canonical text: every class in order, numbers without a needless decimal. */
    static String text(Map<String, Double> ratios) {
        StringBuilder out = new StringBuilder();
        for (String c : CLASSES) {
            if (ratios.containsKey(c)) {
                double v = ratios.get(c);
                out.append(out.isEmpty() ? "" : ",")
                        .append(c)
                        .append('=')
                        .append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
            }
        }
        return out.toString();
    }
}
