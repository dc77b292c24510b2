package org.zhijian.risk.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final String UPSERT = """
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
                    and id not in (select id from stored)""";

    /** Returns the number of signals stored. */
    int store(String week, LocalDate start, String source, SourceSignals.Outcome outcome, Hierarchy.Trees trees) {
        List<SourceSignals.Found> found = outcome.signals();
        Columns columns = new Columns(found.size());
        for (int i = 0; i < found.size(); i++) {
            columns.set(i, found.get(i), trees.region(found.get(i).key().region()), outcome);
        }
        var statement = jdbc.sql(UPSERT)
                .param("week", week)
                .param("start", Date.valueOf(start))
                .param("source", source);
        for (Map.Entry<String, Object[]> column : columns.arrays.entrySet()) {
            statement = statement.param(column.getKey(), column.getValue());
        }
        statement.update();
        return found.size();
    }

    /** The signals' values column by column, as the arrays the statement unnests. */
    private static final class Columns {
        final Map<String, Object[]> arrays = new LinkedHashMap<>();

        Columns(int n) {
            for (String name :
                    List.of("regions", "levels", "counties", "prefectures", "categories", "methods", "diagnostics")) {
                arrays.put(name, new String[n]);
            }
            arrays.put("observed", new Integer[n]);
            arrays.put("populations", new Integer[n]);
            for (String name : List.of("expected", "thresholds", "scores")) {
                arrays.put(name, new Double[n]);
            }
            arrays.put("covered", new Boolean[n]);
        }

        void set(int i, SourceSignals.Found f, Region region, SourceSignals.Outcome outcome) {
            RegionLevel level = region == null ? RegionLevel.PROVINCE : region.level();
            double threshold = f.result().upperbound();
            put("regions", i, f.key().region());
            put("levels", i, level.name());
            put("counties", i, level == RegionLevel.COUNTY ? region.code() : null);
            put("prefectures", i, region == null ? null : region.prefectureCode());
            put("categories", i, f.key().category());
            put("methods", i, f.method().key());
            put("observed", i, f.observed());
            put("populations", i, f.population());
            put("expected", i, finite(f.result().expected()));
            put("thresholds", i, finite(threshold));
            put(
                    "scores",
                    i,
                    threshold > 0 && Double.isFinite(threshold) ? f.observed() / threshold : (double) f.observed());
            put("diagnostics", i, SourceSignals.diagnostics(f.result()));
            put("covered", i, outcome.covered().contains(f.key()));
        }

        private void put(String column, int i, Object value) {
            arrays.get(column)[i] = value;
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
