package org.zhijian.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.Scope;
import org.zhijian.risk.Measure;
import org.zhijian.risk.MeasureKind;
import org.zhijian.risk.Warning;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.WarningStatus;

/** Reads warnings and measures, within a reader's area. */
@Component
class WarningStore {

    private static final TablePage PAGE =
            new TablePage("risk_warning", "case status when 'CLOSED' then 1 else 0 end, due_at, id desc");

    private final JdbcClient jdbc;
    private final RiskNames names;

    WarningStore(JdbcClient jdbc, RiskNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** The handling level an actor works at: PROVINCE, PREFECTURE, COUNTY, or null for none. */
    static String level(Scope scope) {
        return switch (scope.kind()) {
            case ALL -> "PROVINCE";
            case PREFECTURE -> "PREFECTURE";
            case COUNTY -> "COUNTY";
            case ENTERPRISE, NONE -> null;
        };
    }

    static int rank(String level) {
        return level == null ? 0 : List.of("COUNTY", "PREFECTURE", "PROVINCE").indexOf(level) + 1;
    }

    PageResult<Warning> search(Actor actor, WarningQuery q, PageRequest page) {
        Conditions c = Conditions.within(actor.readScope())
                .region(q.region())
                .when("source", q.source(), "source = :source")
                .when("level", q.level(), "coalesce(risk_level, preliminary_level) = :level");
        if ("OPEN".equals(q.status())) {
            c.bind("closed", "CLOSED", "status <> :closed");
        } else {
            c.when("status", q.status(), "status = :status");
        }
        if (q.overdue()) {
            c.bind("now", OffsetDateTime.now(), "status <> 'CLOSED' and due_at < :now");
        }
        if ("mine".equals(q.queue())) {
            c.bind("mine", level(actor.readScope()), "status <> 'CLOSED' and handling_level = :mine");
        }
        return PAGE.read(jdbc, c, page, this::warning);
    }

    Optional<Warning> find(Scope scope, long id) {
        return PAGE.find(jdbc, Conditions.within(scope), id, this::warning);
    }

    Optional<Warning> find(long id) {
        return PAGE.find(jdbc, Conditions.all(), id, this::warning);
    }

    List<Measure> measures(long warningId) {
        return jdbc.sql("select * from risk_measure where warning_id = ? order by id")
                .param(warningId)
                .query(this::mapMeasure)
                .list();
    }

    Optional<Measure> measure(long id) {
        return jdbc.sql("select * from risk_measure where id = ?")
                .param(id)
                .query(this::mapMeasure)
                .optional();
    }

    /** Referrals for follow-up and recall requests awaiting a reply from the reader's region. */
    List<Measure> awaitingReply(Scope scope) {
        if (scope.kind() != Scope.Kind.PREFECTURE && scope.kind() != Scope.Kind.COUNTY) {
            return List.of();
        }
        return jdbc.sql("select * from risk_measure where status = 'OPEN' and kind = 'REFERRAL_FOLLOW_UP'"
                        + " and target_region = ? order by due_on, id")
                .param(scope.code())
                .query(this::mapMeasure)
                .list();
    }

    /** A warning to insert; {@link #insert} numbers it. */
    record NewRow(
            String title,
            String origin,
            String source,
            String category,
            String hazard,
            org.zhijian.region.Region region,
            String uscc,
            String description,
            String preliminaryLevel,
            OffsetDateTime dueAt,
            String createdBy) {}

    long insert(NewRow w) {
        org.zhijian.region.Region r = w.region();
        String county = r.level() == org.zhijian.region.RegionLevel.COUNTY ? r.code() : null;
        return jdbc.sql("""
                insert into risk_warning (warning_no, title, origin, source, category_code, hazard_code, region_code,
                    county_code, prefecture_code, enterprise_uscc, description, status, preliminary_level,
                    handling_level, due_at, created_by)
                values ('YJ' || extract(year from now())::int || '-' || lpad(nextval('risk_warning_no_seq')::text, 5, '0'),
                    :title, :origin, :source, :category, :hazard, :region, :county, :prefecture, :uscc, :description,
                    'PENDING', :preliminary, :handling, :due, :by)
                returning id""")
                .param("title", w.title())
                .param("origin", w.origin())
                .param("source", w.source())
                .param("category", w.category())
                .param("hazard", w.hazard())
                .param("region", r.code())
                .param("county", county)
                .param("prefecture", r.prefectureCode())
                .param("uscc", w.uscc())
                .param("description", w.description() == null ? "" : w.description())
                .param("preliminary", w.preliminaryLevel())
                .param("handling", r.level().name())
                .param("due", w.dueAt())
                .param("by", w.createdBy())
                .query(Long.class)
                .single();
    }

    Warning warning(ResultSet rs, int n) throws SQLException {
        String category = rs.getString("category_code");
        return new Warning(
                rs.getLong("id"),
                rs.getString("warning_no"),
                rs.getString("title"),
                rs.getString("origin"),
                rs.getString("source"),
                names.source(rs.getString("source")),
                category,
                names.category(category),
                rs.getString("hazard_code"),
                rs.getString("region_code"),
                names.region(rs.getString("region_code")),
                rs.getString("county_code"),
                rs.getString("prefecture_code"),
                rs.getString("enterprise_uscc"),
                rs.getString("description"),
                WarningStatus.valueOf(rs.getString("status")),
                rs.getString("preliminary_level"),
                rs.getString("risk_level"),
                rs.getString("assessment"),
                rs.getString("handling_level"),
                rs.getInt("escalations"),
                rs.getObject("due_at", OffsetDateTime.class),
                rs.getString("conclusion"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class));
    }

    private Measure mapMeasure(ResultSet rs, int n) throws SQLException {
        return new Measure(
                rs.getLong("id"),
                rs.getLong("warning_id"),
                MeasureKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getString("target_region"),
                names.region(rs.getString("target_region")),
                rs.getString("enterprise_uscc"),
                rs.getObject("plan_id", Long.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("status"),
                rs.getString("reply"),
                rs.getString("replied_by"),
                rs.getObject("replied_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
