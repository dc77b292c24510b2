package org.zhijian.risk.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One source's weekly counts over {@code n} weeks for every region (county, prefecture, province) × category (each
 * level and all categories), in flat arrays: a county-and-category count is added to every region and category above
 * it as it is read, with no per-series objects. Series {@code s} is region {@code s / C} and category {@code s % C}.
 */
final class WeekCube {

    private final List<String> regions;
    private final List<String> categories;
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final Map<String, int[]> regionPaths = new HashMap<>();
    private final Map<String, int[]> categoryPaths = new HashMap<>();
    private final Hierarchy.Trees trees;
    private final int n;
    private final int[] cases;
    private final int[] population;

    WeekCube(Hierarchy.Trees trees, int weeks, boolean withPopulation) {
        this.trees = trees;
        this.regions = trees.regionCodes();
        this.categories = trees.categoryCodes();
        for (int i = 0; i < regions.size(); i++) {
            regionIndex.put(regions.get(i), i);
        }
        for (int i = 0; i < categories.size(); i++) {
            categoryIndex.put(categories.get(i), i);
        }
        this.n = weeks;
        this.cases = new int[regions.size() * categories.size() * weeks];
        this.population = withPopulation ? new int[cases.length] : null;
    }

    int weeks() {
        return n;
    }

    int series() {
        return regions.size() * categories.size();
    }

    /** Adds a county's count in a category to week {@code week} of every series above them. */
    void add(String county, String category, int week, int c, int p) {
        if (week < 0 || week >= n) {
            return;
        }
        int[] rs = regionPaths.computeIfAbsent(county, k -> indexes(trees.regionsOf(k), regionIndex));
        int[] cs = categoryPaths.computeIfAbsent(category, k -> indexes(trees.categoriesOf(k), categoryIndex));
        int columns = categories.size();
        for (int r : rs) {
            for (int k : cs) {
                int at = (r * columns + k) * n + week;
                cases[at] += c;
                if (population != null) {
                    population[at] += p;
                }
            }
        }
    }

    private static int[] indexes(List<String> codes, Map<String, Integer> index) {
        return codes.stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }

    int casesAt(int series, int week) {
        return cases[series * n + week];
    }

    int populationAt(int series, int week) {
        return population == null ? 0 : population[series * n + week];
    }

    /** The series' counts as doubles, week 0 first. */
    double[] observed(int series) {
        double[] y = new double[n];
        for (int w = 0; w < n; w++) {
            y[w] = cases[series * n + w];
        }
        return y;
    }

    SourceSignals.Key key(int series) {
        int columns = categories.size();
        return new SourceSignals.Key(regions.get(series / columns), categories.get(series % columns));
    }
}
