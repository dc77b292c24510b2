package org.zhijian.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.platform.access.Scope;
import org.zhijian.risk.HeatCell;
import org.zhijian.risk.Signal;
import org.zhijian.risk.SignalQuery;

/** Reads signals within a reader's area. */
@Component
class SignalStore {

    private static final TablePage PAGE = new TablePage("risk_signal", "week_start desc, score desc, id");

    private final JdbcClient jdbc;
    private final RiskNames names;
    private final Hierarchy hierarchy;

    SignalStore(JdbcClient jdbc, RiskNames names, Hierarchy hierarchy) {
        this.jdbc = jdbc;
        this.names = names;
        this.hierarchy = hierarchy;
    }

    PageResult<Signal> search(Scope scope, SignalQuery q, PageRequest page) {
        Conditions c = Conditions.within(scope)
                .region(q.region())
                .when("week", q.week(), "week = :week")
                .when("source", q.source(), "source = :source")
                .when("category", q.category(), "category_code = :category");
        if (q.open()) {
            c.bind("open", false, "covered = :open and warning_id is null");
        }
        return PAGE.read(jdbc, c, page, this::signal);
    }

    Optional<Signal> find(Scope scope, long id) {
        return PAGE.find(jdbc, Conditions.within(scope), id, this::signal);
    }

    List<Signal> ofWarning(long warningId) {
        return jdbc.sql("select * from risk_signal where warning_id = ? order by week_start desc, score desc")
                .param(warningId)
                .query(this::signal)
                .list();
    }

    /** The latest week with a finished run, if any. */
    Optional<String> latestWeek() {
        return jdbc.sql("select week from risk_run where status = 'DONE' order by week_start desc limit 1")
                .query(String.class)
                .optional();
    }

    /** Signals of the week at one region level, summed per region and second-level category (e.g. 电动自行车). */
    List<HeatCell> heat(Scope scope, String week, String source, String level) {
        Conditions c = Conditions.within(scope)
                .bind("week", week, "week = :week")
                .bind("level", level, "region_level = :level")
                .when("source", source, "source = :source");
        Map<String, Object> params = new LinkedHashMap<>(c.params());
        Hierarchy.Trees trees = hierarchy.trees();
        Map<List<String>, double[]> cells = new LinkedHashMap<>();
        jdbc.sql("select region_code, category_code, score from risk_signal where " + String.join(" and ", c.where())
                        + " and category_code <> '*' order by region_code")
                .params(params)
                .query(rs -> {
                    List<String> path = trees.categoriesOf(rs.getString(2));
                    String top = path.size() >= 3 ? path.get(path.size() - 3) : path.get(0);
                    double[] cell = cells.computeIfAbsent(List.of(rs.getString(1), top), k -> new double[2]);
                    cell[0]++;
                    cell[1] = Math.max(cell[1], rs.getDouble(3));
                });
        List<HeatCell> out = new ArrayList<>();
        cells.forEach((k, v) -> out.add(
                new HeatCell(k.get(0), names.region(k.get(0)), k.get(1), names.category(k.get(1)), (int) v[0], v[1])));
        return out;
    }

    Signal signal(ResultSet rs, int n) throws SQLException {
        String region = rs.getString("region_code");
        String category = rs.getString("category_code");
        String source = rs.getString("source");
        Object threshold = rs.getObject("threshold");
        Object expected = rs.getObject("expected");
        return new Signal(
                rs.getLong("id"),
                rs.getString("week"),
                rs.getObject("week_start", LocalDate.class),
                source,
                names.source(source),
                region,
                names.region(region),
                rs.getString("region_level"),
                category,
                names.category(category),
                rs.getString("method"),
                rs.getInt("observed"),
                rs.getInt("population"),
                expected == null ? null : ((Number) expected).doubleValue(),
                threshold == null ? null : ((Number) threshold).doubleValue(),
                rs.getDouble("score"),
                rs.getString("diagnostics"),
                rs.getBoolean("covered"),
                rs.getObject("warning_id", Long.class));
    }
}
