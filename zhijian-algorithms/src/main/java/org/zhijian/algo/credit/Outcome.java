package org.zhijian.algo.credit;

import java.util.List;

/**
 * An enterprise's classification.
 *
 * @param creditClass the class: the score's band, raised by any hard rule that fired
 * @param score the risk score, the sum of the lines' points (higher is riskier)
 * @param scoreClass the class the score alone gives
 * @param lines the score sheet: the base score, then every indicator in scheme order (those with no facts give 0)
 * @param rulesFired the hard rules that fired, in scheme order
 */
public record Outcome(
        CreditClass creditClass,
        double score,
        CreditClass scoreClass,
        List<ScoreLine> lines,
        List<HardRule> rulesFired) {

    public Outcome {
        lines = List.copyOf(lines);
        rulesFired = List.copyOf(rulesFired);
    }
}
