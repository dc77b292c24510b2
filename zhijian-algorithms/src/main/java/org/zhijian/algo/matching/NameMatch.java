package org.zhijian.algo.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How likely a name as a record writes it and a registered name are the same enterprise, from 0 to 1.
 *
 * <pre>
 *   score = similarity(core) × region × branch × form
 *   similarity = 1 if the cores are equal;
 *                0.95 if they read the same (a homophone writing: 茶叶 for 茶业, 电气 for 电器);
 *                0.85 if one is the other's beginning, at least two characters long (鑫华 for 鑫华食品: the industry
 *                left out, which several registrants may share, so a candidate to confirm, not a match);
 *                else the Sørensen–Dice coefficient of their character bigrams (2·|A∩B| / (|A|+|B|), multiset)
 *   region = 0.5 when both name regions and no region of one lies within a region of the other (430104 lies
 *            within 430100 and 430000), else 1: the region is part of the registered name, so 株洲X and 长沙X differ
 *   branch = 0.5 when the branch parts differ (a 分公司 registers on its own), else 1
 *   form   = 0.9 when both name a legal form and they differ (有限 vs 股份), else 1
 * </pre>
 *
 * <p>Edge cases: an empty core scores 0; identical names score 1. The threshold that separates matches is chosen on
 * the labelled pairs in the tests ({@link #MATCH}); lower scores are candidates for an officer to confirm.
 */
public final class NameMatch {

    /** Scores at or above this are taken as the same enterprise (precision ≥ 0.95 on the labelled set). */
    public static final double MATCH = 0.9;

    private NameMatch() {}

    public static double score(ParsedName written, ParsedName registered) {
        double similarity = similarity(written, registered);
        double region = compatible(written.regionCodes(), registered.regionCodes()) ? 1 : 0.5;
        double branch = written.branch().equals(registered.branch()) ? 1 : 0.5;
        boolean forms = !written.form().isEmpty() && !registered.form().isEmpty();
        double form = forms && !written.form().equals(registered.form()) ? 0.9 : 1;
        return similarity * region * branch * form;
    }

    private static double similarity(ParsedName written, ParsedName registered) {
        String a = written.core();
        String b = registered.core();
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return similarity(a, b);
        }
        if (written.reading().equals(registered.reading())) {
            return 0.95;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.codePointCount(0, shorter.length()) >= 2 && longer.startsWith(shorter)) {
            return 0.85;
        }
        return similarity(a, b);
    }

    /** Dice coefficient of character bigrams; 1 for equal strings, 0 when either is empty. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        if (a.codePointCount(0, a.length()) < 2 || b.codePointCount(0, b.length()) < 2) {
            return 0;
        }
        Map<String, Integer> grams = bigrams(a);
        int shared = 0;
        int total = grams.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> other = bigrams(b);
        for (Map.Entry<String, Integer> e : other.entrySet()) {
            total += e.getValue();
            shared += Math.min(e.getValue(), grams.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.merge(new String(cps, i, 2), 1, Integer::sum);
        }
        return grams;
    }

    /** True when either names no region or some region of one lies within (or is) a region of the other. */
    static boolean compatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String x : a) {
            for (String y : b) {
                String px = trimZeros(x);
                String py = trimZeros(y);
                if (px.startsWith(py) || py.startsWith(px)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 430100 → 4301, 430000 → 43: a region's code prefix, which every region within it shares. */
    private static String trimZeros(String code) {
        String t = code;
        while (t.length() > 2 && t.endsWith("00")) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }
}
