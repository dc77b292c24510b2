package org.zhijian.credit;

import java.time.YearMonth;
import java.util.Map;

/**
 * The classes a double-random draw weights its pool by: those of the latest month classified under the scheme in
 * use, as the most common class and the enterprises of the others (a pool is most of the registry, and most of it
 * is in one class). An enterprise not classified that month (registered since) has the common class.
 *
 * @param month the month classified, {@code null} when none was
 * @param schemeVersion the version in use
 * @param commonClass the class most enterprises of the regions have
 * @param others the enterprises of the other classes, by credit code
 */
public record DrawClasses(YearMonth month, String schemeVersion, String commonClass, Map<String, String> others) {

    public DrawClasses {
        others = Map.copyOf(others);
    }

    public String classOf(String uscc) {
        return others.getOrDefault(uscc, commonClass);
    }
}
