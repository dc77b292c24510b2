package org.zhijian.credit.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.notification.Notice;
import org.zhijian.notification.Notifications;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * Class changes against the month before (under the same version when that month was run with it, else the version
 * last run for it): every move between classes, and a first class of C or D. Moves to C or D are notified once to
 * the enterprise's county, as one notice per county naming the first {@value #NAMED} enterprises.
 */
@Component
class ClassChanges {

    static final int NAMED = 20;

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final EnterpriseManagement enterprises;

    ClassChanges(JdbcClient jdbc, Notifications notifications, EnterpriseManagement enterprises) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.enterprises = enterprises;
    }

    private static final String CHANGED =
            "case when p.uscc is null then c.credit_class in ('C', 'D') else p.credit_class <> c.credit_class end";

    private static final String COMPARED = """
            from credit_class c left join credit_class p
              on p.uscc = c.uscc and p.month = :prev and p.scheme_version = :prevVersion
            where c.month = :month and c.scheme_version = :version""";

    /** Records the month's changes (replacing those of an earlier pass); returns how many there are. */
    int record(YearMonth month, String version) {
        Date prev = Date.valueOf(month.minusMonths(1).atDay(1));
        String prevVersion = jdbc.sql("select scheme_version from credit_run where month = ? and status = 'DONE' "
                        + "order by (scheme_version = ?) desc, finished_at desc limit 1")
                .params(prev, version)
                .query(String.class)
                .optional()
                .orElse("");
        Map<String, Object> params = Map.of(
                "prev", prev, "prevVersion", prevVersion, "month", Date.valueOf(month.atDay(1)), "version", version);
        // fresh statistics: the month's rows were just written, and a plan on stale ones is quadratic
        jdbc.sql("analyze credit_class").update();
        jdbc.sql("delete from credit_class_change x where x.month = :month and x.scheme_version = :version "
                        + "and not exists (select 1 from credit_class c left join credit_class p on p.uscc = c.uscc "
                        + "and p.month = :prev and p.scheme_version = :prevVersion where c.month = x.month "
                        + "and c.scheme_version = x.scheme_version and c.uscc = x.uscc and " + CHANGED + ")")
                .params(params)
                .update();
        return jdbc.sql(
                        "insert into credit_class_change (uscc, month, scheme_version, from_class, to_class, county_code, "
                                + "prefecture_code) "
                                + "select c.uscc, c.month, c.scheme_version, p.credit_class, c.credit_class, c.county_code, "
                                + "c.prefecture_code "
                                + COMPARED + " and " + CHANGED
                                + " on conflict (uscc, month, scheme_version) do update set from_class = excluded.from_class, "
                                + "county_code = excluded.county_code, prefecture_code = excluded.prefecture_code, to_class = excluded.to_class, "
                                + "notified = credit_class_change.notified and credit_class_change.to_class = excluded.to_class")
                .params(params)
                .update();
    }

    /** One change to notify. */
    private record Move(String uscc, String from, String to) {}

    /** Notifies each county of its enterprises newly in C or D; each move once. */
    void notifyMoves(YearMonth month, String version) {
        Date m = Date.valueOf(month.atDay(1));
        Map<String, List<Move>> byCounty = new LinkedHashMap<>();
        jdbc.sql("select county_code, uscc, from_class, to_class from credit_class_change "
                        + "where month = ? and scheme_version = ? and not notified and to_class in ('C', 'D') "
                        + "order by county_code, to_class desc, uscc")
                .params(m, version)
                .query(rs -> {
                    byCounty.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Move(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        byCounty.forEach((county, moves) -> {
            notifications.send(notice(month, county, moves));
            jdbc.sql("update credit_class_change set notified = true where month = ? and scheme_version = ? "
                            + "and county_code = ? and to_class in ('C', 'D')")
                    .params(m, version, county)
                    .update();
        });
    }

    private Notice notice(YearMonth month, String county, List<Move> moves) {
        List<Move> named = moves.subList(0, Math.min(NAMED, moves.size()));
        Map<String, String> names = CurrentActor.runAs(
                Actor.system("credit"),
                () -> enterprises.names(named.stream().map(Move::uscc).toList()));
        StringBuilder body = new StringBuilder();
        for (Move mv : named) {
            body.append(names.getOrDefault(mv.uscc(), mv.uscc()))
                    .append("（")
                    .append(mv.uscc())
                    .append("）：")
                    .append(mv.from() == null ? "首次分类" : mv.from() + " 类")
                    .append(" → ")
                    .append(mv.to())
                    .append(" 类\n");
        }
        if (moves.size() > named.size()) {
            body.append("等 ").append(moves.size()).append(" 家");
        }
        return new Notice(
                "COUNTY",
                county,
                "信用风险分类 %s：%d 家企业列为 C/D 类".formatted(month, moves.size()),
                body.toString().strip(),
                "/credit/changes?month=" + month + "&region=" + county);
    }
}
