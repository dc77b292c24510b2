package org.zhijian.risk.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;

/**
 * Stores one source's signals of a week in one statement: new ones inserted, existing ones (same week, series and
 * method) updated in place — so a second run keeps their ids and warnings — and those no longer found deleted unless
 * a warning holds them.
 */
@Component
class SignalWriter {

    private final JdbcClient jdbc;

    SignalWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of signals stored. */
    int store(String week, LocalDate start, String source, SourceSignals.Outcome outcome, Hierarchy.Trees trees) {
        List<SourceSignals.Found> found = outcome.signals();
        int n = found.size();
        String[] regions = new String[n];
        String[] levels = new String[n];
        String[] counties = new String[n];
        String[] prefectures = new String[n];
        String[] categories = new String[n];
        String[] methods = new String[n];
        Integer[] observed = new Integer[n];
        Integer[] populations = new Integer[n];
        Double[] expected = new Double[n];
        Double[] thresholds = new Double[n];
        Double[] scores = new Double[n];
        String[] diagnostics = new String[n];
        Boolean[] covered = new Boolean[n];
        for (int i = 0; i < n; i++) {
            SourceSignals.Found f = found.get(i);
            Region region = trees.region(f.key().region());
            RegionLevel level = region == null ? RegionLevel.PROVINCE : region.level();
            double threshold = f.result().upperbound();
            regions[i] = f.key().region();
            levels[i] = level.name();
            counties[i] = level == RegionLevel.COUNTY ? region.code() : null;
            prefectures[i] = region == null ? null : region.prefectureCode();
            categories[i] = f.key().category();
            methods[i] = f.method().key();
            observed[i] = f.observed();
            populations[i] = f.population();
            expected[i] = finite(f.result().expected());
            thresholds[i] = finite(threshold);
            scores[i] = threshold > 0 && Double.isFinite(threshold) ? f.observed() / threshold : (double) f.observed();
            diagnostics[i] = SourceSignals.diagnostics(f.result());
            covered[i] = outcome.covered().contains(f.key());
        }
        jdbc.sql("""
                with stored as (
                    insert into risk_signal (week, week_start, source, region_code, region_level, county_code,
                        prefecture_code, category_code, method, observed, population, expected, threshold, score,
                        diagnostics, covered)
                    select :week, :start, :source, r, l, c, p, k, m, o, pop, e, t, s, d, cov
                    from unnest(cast(:regions as text[]), cast(:levels as text[]), cast(:counties as text[]),
                        cast(:prefectures as text[]), cast(:categories as text[]), cast(:methods as text[]),
                        cast(:observed as int[]), cast(:populations as int[]), cast(:expected as float8[]),
                        cast(:thresholds as float8[]), cast(:scores as float8[]), cast(:diagnostics as text[]),
                        cast(:covered as boolean[])) as x(r, l, c, p, k, m, o, pop, e, t, s, d, cov)
                    on conflict (week, source, region_code, category_code, method) do update set
                        observed = excluded.observed, population = excluded.population, expected = excluded.expected,
                        threshold = excluded.threshold, score = excluded.score, diagnostics = excluded.diagnostics,
                        covered = excluded.covered
                    returning id)
                delete from risk_signal where week = :week and source = :source and warning_id is null
                    and id not in (select id from stored)""")
                .param("week", week)
                .param("start", Date.valueOf(start))
                .param("source", source)
                .param("regions", regions)
                .param("levels", levels)
                .param("counties", counties)
                .param("prefectures", prefectures)
                .param("categories", categories)
                .param("methods", methods)
                .param("observed", observed)
                .param("populations", populations)
                .param("expected", expected)
                .param("thresholds", thresholds)
                .param("scores", scores)
                .param("diagnostics", diagnostics)
                .param("covered", covered)
                .update();
        return n;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
