package org.zhijian.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.detection.WeekResult;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.risk.DetectionMethod;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.DetectionRequest;
import org.zhijian.risk.SeriesDetection;

/**
 * The signals of one source in one week: every region × category series with cases that week, rolled up from the
 * daily counts, goes through every configured method; a week with fewer than {@code min-cases} cases raises none.
 * A signal is "covered" when a narrower series of the same source (a county below, a sub-category) signals too.
 */
@Component
class SourceSignals {

    private static final Set<DetectionMethod> WHOLE_HISTORY = Set.of(DetectionMethod.CUSUM, DetectionMethod.GLR_POIS);

    private final JdbcClient jdbc;
    private final SeriesDetection detection;
    private final RiskSettings settings;

    SourceSignals(JdbcClient jdbc, SeriesDetection detection, RiskSettings settings) {
        this.jdbc = jdbc;
        this.detection = detection;
        this.settings = settings;
    }

    record Key(String region, String category) {}

    record Found(Key key, DetectionMethod method, int observed, int population, WeekResult result) {}

    record Outcome(int series, List<Found> signals, Set<Key> covered) {}

    Outcome detect(String source, LocalDate weekStart, Hierarchy.Trees trees) {
        LocalDate dataStart = jdbc.sql("select min(day) from risk_count where source = ?")
                .param(source)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (dataStart == null || dataStart.isAfter(weekStart.plusDays(6))) {
            return new Outcome(0, List.of(), Set.of());
        }
        LocalDate first = Periods.WEEK.start(dataStart);
        LocalDate windowStart = weekStart.minusWeeks(settings.historyWeeks() - 1L);
        if (first.isBefore(windowStart)) {
            first = windowStart;
        }
        int n = Periods.WEEK.index(first, weekStart) + 1;
        Map<Key, int[][]> series = rollup(source, first, weekStart, n, trees);
        List<Found> found = new ArrayList<>();
        int evaluated = 0;
        for (Map.Entry<Key, int[][]> e : series.entrySet()) {
            int[] cases = e.getValue()[0];
            if (cases[n - 1] < settings.minCases()) {
                continue;
            }
            evaluated++;
            found.addAll(detectOne(e.getKey(), cases, e.getValue()[1][n - 1]));
        }
        return new Outcome(evaluated, found, covered(found, trees));
    }

    private Map<Key, int[][]> rollup(
            String source, LocalDate first, LocalDate weekStart, int n, Hierarchy.Trees trees) {
        Map<Key, int[][]> series = new HashMap<>();
        jdbc.sql("""
                select county_code, category_code, cast(date_trunc('week', day) as date), sum(cases), sum(population)
                from risk_count where source = :source and day >= :first and day < :end group by 1, 2, 3""")
                .param("source", source)
                .param("first", first)
                .param("end", weekStart.plusWeeks(1))
                .query(rs -> {
                    int i = Periods.WEEK.index(first, rs.getObject(3, LocalDate.class));
                    int cases = rs.getInt(4);
                    int population = rs.getInt(5);
                    for (String region : trees.regionsOf(rs.getString(1))) {
                        for (String category : trees.categoriesOf(rs.getString(2))) {
                            int[][] s = series.computeIfAbsent(new Key(region, category), k -> new int[2][n]);
                            s[0][i] += cases;
                            s[1][i] += population;
                        }
                    }
                });
        return series;
    }

    private List<Found> detectOne(Key key, int[] cases, int population) {
        int n = cases.length;
        double[] y = IntStream.of(cases).asDoubleStream().toArray();
        List<Integer> weeks = IntStream.rangeClosed(1, n).boxed().toList();
        List<Found> found = new ArrayList<>();
        for (String name : settings.methods()) {
            DetectionMethod method = DetectionMethod.parse(name)
                    .orElseThrow(() -> new IllegalStateException("zhijian.risk.methods: unknown method " + name));
            Integer from = WHOLE_HISTORY.contains(method) ? null : n;
            DetectionOutcome outcome;
            try {
                outcome = detection.detect(new DetectionRequest(method, weeks, y, from, n, settings.params(name)));
            } catch (BusinessRuleViolation tooShort) {
                continue;
            }
            WeekResult last = outcome.results().get(outcome.results().size() - 1);
            if (last.week() == n && last.alarm()) {
                found.add(new Found(key, method, cases[n - 1], population, last));
            }
        }
        return found;
    }

    /** The keys explained by a narrower signal: every region and category above a signalling series. */
    private static Set<Key> covered(List<Found> found, Hierarchy.Trees trees) {
        Set<Key> signalling = found.stream().map(Found::key).collect(Collectors.toSet());
        Set<Key> covered = new HashSet<>();
        for (Key k : signalling) {
            for (String r : trees.regionsOf(k.region())) {
                for (String c : trees.categoriesOf(k.category())) {
                    Key above = new Key(r, c);
                    if (!above.equals(k)) {
                        covered.add(above);
                    }
                }
            }
        }
        return covered;
    }

    static String diagnostics(WeekResult r) {
        return new TreeMap<>(r.diagnostics())
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + format(e.getValue()))
                        .collect(Collectors.joining("; "));
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "NA" : String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
