package org.zhijian.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final List<Integer> WEEK_INDEXES =
            IntStream.rangeClosed(1, 1_000).boxed().toList();

    private final JdbcClient jdbc;
    private final SeriesDetection detection;
    private final RiskSettings settings;
    private final RiskCounts counts;
    private final org.springframework.jdbc.core.JdbcTemplate cursor;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    SourceSignals(
            JdbcClient jdbc,
            SeriesDetection detection,
            RiskSettings settings,
            RiskCounts counts,
            javax.sql.DataSource dataSource,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.detection = detection;
        this.settings = settings;
        this.counts = counts;
        this.cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        this.cursor.setFetchSize(10_000);
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    record Key(String region, String category) {}

    record Found(Key key, DetectionMethod method, int observed, int population, WeekResult result) {}

    record Outcome(int series, List<Found> signals, Set<Key> covered) {}

    Outcome detect(String source, LocalDate weekStart, Hierarchy.Trees trees) {
        return detect(source, weekStart, trees, settings.methods(), settings.minCases());
    }

    /** As configured, or with other methods and another minimum (benchmarks). */
    Outcome detect(String source, LocalDate weekStart, Hierarchy.Trees trees, List<String> methods, int minCases) {
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
        WeekCube cube = read(source, first, weekStart, n, trees);
        int[] evaluated = IntStream.range(0, cube.series())
                .filter(i -> cube.casesAt(i, n - 1) >= minCases)
                .toArray();
        List<Found> found = IntStream.of(evaluated)
                .parallel()
                .mapToObj(i -> detectOne(cube, i, methods))
                .flatMap(List::stream)
                .toList();
        return new Outcome(evaluated.length, found, covered(found, trees));
    }

    /**
     * Streams the source's daily rows from the database into the cube, which sums them by week (a cursor, not the
     * whole result in memory; no aggregation on the server, whose hash table would spill to disk at this size).
     */
    private WeekCube read(String source, LocalDate first, LocalDate weekStart, int n, Hierarchy.Trees trees) {
        WeekCube cube = new WeekCube(
                trees, n, counts.source(source).map(s -> s.hasPopulation()).orElse(false));
        readOnly.executeWithoutResult(tx -> cursor.query(
                """
                select county_code, category_code, (day - cast(? as date)) / 7, cases, population
                from risk_count where source = ? and day >= ? and day < ?""",
                rs -> {
                    cube.add(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
                },
                java.sql.Date.valueOf(first),
                source,
                java.sql.Date.valueOf(first),
                java.sql.Date.valueOf(weekStart.plusWeeks(1))));
        return cube;
    }

    private List<Found> detectOne(WeekCube cube, int series, List<String> methods) {
        int n = cube.weeks();
        double[] y = cube.observed(series);
        List<Integer> weeks = WEEK_INDEXES.subList(0, n);
        List<Found> found = new ArrayList<>();
        for (String name : methods) {
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
                found.add(new Found(
                        cube.key(series), method, cube.casesAt(series, n - 1), cube.populationAt(series, n - 1), last));
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
