package org.zhijian.algo.credit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned classification scheme: a base score, indicators, the score bands of the four classes and hard rules.
 * No national scheme is published (K7 [U]); provinces set their own, so the scheme is configuration and every
 * version is kept beside the results it gave.
 *
 * <p>A scheme is valid when: the version is given; indicator and rule codes are unique and each names at least one
 * fact kind; windows, caps and minimum amounts are not negative; and the bands cover the whole line exactly once —
 * one band per class, A lowest, each band starting where the one below ends, the first open below and the last open
 * above. {@link #validate} lists every problem; the constructor refuses an invalid scheme with all of them.
 *
 * @param version the version, e.g. {@code hunan-2026.1}
 * @param name the scheme's name
 * @param base the base score every enterprise starts from
 * @param indicators the indicators, in score-sheet order
 * @param bands the class bands
 * @param rules the hard rules
 */
public record CreditScheme(
        String version, String name, double base, List<Indicator> indicators, List<Band> bands, List<HardRule> rules) {

    public CreditScheme {
        indicators = List.copyOf(indicators);
        bands = bands.stream().sorted(Comparator.comparing(Band::creditClass)).toList();
        rules = List.copyOf(rules);
        List<String> problems = validate(version, indicators, bands, rules);
        if (!problems.isEmpty()) {
            throw new InvalidSchemeException(problems);
        }
    }

    /** The class whose band holds the score. */
    public CreditClass classOf(double score) {
        for (Band b : bands) {
            if (b.contains(score)) {
                return b.creditClass();
            }
        }
        throw new IllegalArgumentException("not a number: " + score);
    }

    /** Every problem of a would-be scheme, in Chinese, empty when it is valid. */
    public static List<String> validate(
            String version, List<Indicator> indicators, List<Band> bands, List<HardRule> rules) {
        List<String> problems = new ArrayList<>();
        if (version == null || version.isBlank()) {
            problems.add("方案缺少版本号");
        }
        Set<String> codes = new HashSet<>();
        for (Indicator i : indicators) {
            String where = "指标 " + i.code() + "：";
            if (!codes.add(i.code())) {
                problems.add(where + "代码重复");
            }
            if (i.kinds().isEmpty()) {
                problems.add(where + "未指定计入的事实类型");
            }
            if (i.windowMonths() < 0 || i.cap() < 0 || i.minAmount() < 0) {
                problems.add(where + "时间窗、封顶分值和金额下限不能为负数");
            }
            if (Double.isNaN(i.points()) || Double.isInfinite(i.points())) {
                problems.add(where + "分值须为数字");
            }
        }
        for (HardRule r : rules) {
            if (!codes.add(r.code())) {
                problems.add("规则 " + r.code() + "：代码重复");
            }
            if (r.kinds().isEmpty()) {
                problems.add("规则 " + r.code() + "：未指定触发的事实类型");
            }
            if (r.windowMonths() < 0) {
                problems.add("规则 " + r.code() + "：时间窗不能为负数");
            }
        }
        problems.addAll(bandProblems(bands));
        return problems;
    }

    private static List<String> bandProblems(List<Band> given) {
        List<String> problems = new ArrayList<>();
        Set<CreditClass> seen = EnumSet.noneOf(CreditClass.class);
        for (Band b : given) {
            if (!seen.add(b.creditClass())) {
                problems.add("分级阈值：" + b.creditClass() + " 类出现不止一次");
            }
            if (!(b.from() < b.to())) {
                problems.add("分级阈值：" + b.creditClass() + " 类的下限 " + show(b.from()) + " 不小于上限 " + show(b.to()));
            }
        }
        if (seen.size() != CreditClass.values().length) {
            problems.add("分级阈值：须为 A、B、C、D 四类各给出一个分数区间");
            return problems;
        }
        List<Band> bands =
                given.stream().sorted(Comparator.comparing(Band::creditClass)).toList();
        if (bands.get(0).from() != Double.NEGATIVE_INFINITY) {
            problems.add("分级阈值：A 类须不设下限（低于 " + show(bands.get(0).from()) + " 的分数没有类别）");
        }
        if (bands.get(bands.size() - 1).to() != Double.POSITIVE_INFINITY) {
            problems.add("分级阈值：D 类须不设上限（" + show(bands.get(bands.size() - 1).to()) + " 及以上的分数没有类别）");
        }
        for (int k = 1; k < bands.size(); k++) {
            Band low = bands.get(k - 1);
            Band high = bands.get(k);
            if (high.from() < low.to()) {
                problems.add("分级阈值重叠：%s 类 %s 与 %s 类 %s 重叠"
                        .formatted(low.creditClass(), range(low), high.creditClass(), range(high)));
            } else if (high.from() > low.to()) {
                problems.add("分级阈值有空档：%s 类 %s 与 %s 类 %s 之间的分数没有类别"
                        .formatted(low.creditClass(), range(low), high.creditClass(), range(high)));
            }
        }
        return problems;
    }

    private static String range(Band b) {
        return "[" + show(b.from()) + ", " + show(b.to()) + ")";
    }

    private static String show(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "+∞" : "−∞";
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
