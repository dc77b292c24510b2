package org.zhijian.algo.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies one enterprise under a scheme on a day (the last day of the month classified).
 *
 * <pre>
 *   score = base + Σ_indicators points_i          (each indicator as {@link Indicator} defines it)
 *   class = max( band(score), max_{rules fired} rule.atLeast )   (A &lt; B &lt; C &lt; D)
 * </pre>
 *
 * The score sheet carries the base as its first line, so its lines add up to the score exactly: each line's points
 * are rounded to hundredths first and the score is their sum, rounded again to hundredths to shed the binary
 * remainder. Facts after the day are ignored, so a month can be re-run later and give the same class.
 * Source of the model: SAMR's 2022 opinion on credit-risk classification (K1–K7 in
 * {@code ../shared/specs/regulatory-rules-cn.md} §5.1); the points are the province's.
 */
public final class CreditScorer {

    /** How many references of facts a score-sheet line keeps (its count is always exact). */
    public static final int REFERENCES_PER_LINE = 20;

    private CreditScorer() {}

    public static Outcome score(CreditScheme scheme, LocalDate asOf, List<Fact> facts) {
        List<ScoreLine> lines = new ArrayList<>(scheme.indicators().size() + 1);
        lines.add(new ScoreLine("BASE", "基础分", "", 0, round(scheme.base()), List.of()));
        double score = lines.get(0).points();
        for (Indicator indicator : scheme.indicators()) {
            ScoreLine line = line(indicator, asOf, facts);
            lines.add(line);
            score += line.points();
        }
        score = round(score);
        CreditClass byScore = scheme.classOf(score);
        CreditClass result = byScore;
        List<HardRule> fired = new ArrayList<>();
        for (HardRule rule : scheme.rules()) {
            if (facts.stream().anyMatch(f -> rule.firedBy(f, asOf))) {
                fired.add(rule);
                result = result.atLeast(rule.atLeast());
            }
        }
        return new Outcome(result, score, byScore, lines, fired);
    }

    private static ScoreLine line(Indicator indicator, LocalDate asOf, List<Fact> facts) {
        int n = 0;
        List<String> refs = new ArrayList<>();
        for (Fact f : facts) {
            if (indicator.counts(f, asOf)) {
                n++;
                if (refs.size() < REFERENCES_PER_LINE) {
                    refs.add(f.reference());
                }
            }
        }
        return new ScoreLine(
                indicator.code(), indicator.name(), indicator.dimension(), n, round(indicator.pointsFor(n)), refs);
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
