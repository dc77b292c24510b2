package org.zhijian.credit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * An enterprise's class of a month with its score sheet: the lines' points add up to the score.
 *
 * @param scoreClass the class the score alone gives
 * @param rulesFired the hard rules that raised the class (their statements), and the national platform's class
 *     when it overrides
 * @param nationalClass the national platform's class of the month, {@code null} when none was imported
 */
public record EnterpriseClass(
        String uscc,
        String name,
        YearMonth month,
        String schemeVersion,
        String creditClass,
        BigDecimal score,
        String scoreClass,
        List<SheetLine> lines,
        List<String> rulesFired,
        String nationalClass) {

    public EnterpriseClass {
        lines = List.copyOf(lines);
        rulesFired = List.copyOf(rulesFired);
    }
}
