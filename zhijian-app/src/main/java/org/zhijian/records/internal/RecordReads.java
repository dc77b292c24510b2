package org.zhijian.records.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.KindReader;
import org.zhijian.records.RecordFilter;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordRow;
import org.zhijian.region.RegionManagement;

/** Reads the records of kinds without pages of their own, for the generic pages and API. */
@Component
class RecordReads {

    /** Columns kept out of a record's view: the search helper. */
    private static final Set<String> HIDDEN = Set.of("search_text");

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ClassificationManagement classification;
    private final RegionManagement regions;

    RecordReads(
            JdbcClient jdbc,
            CurrentActor currentActor,
            ClassificationManagement classification,
            RegionManagement regions) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.classification = classification;
        this.regions = regions;
    }

    /** Rows read into a module's own type. */
    <R> RowMapper<R> typed(KindReader<R> reader) {
        return (rs, n) -> reader.read(new ResultSetColumns(rs, regions));
    }

    PageResult<RecordRow> list(RecordKind kind, RecordFilter filter, PageRequest page) {
        Conditions c = conditions(kind, filter.q(), filter.region(), null, filter.category());
        return page(kind, c, page, (rs, n) -> row(rs));
    }

    Optional<RecordRow> find(RecordKind kind, long id) {
        return one(kind, id, (rs, n) -> row(rs));
    }

    Conditions conditions(RecordKind kind, String q, String region, String enterprise, String category) {
        Conditions c = visible(kind);
        if (kind.located()) {
            c.region(region);
        }
        if (kind.link().isPresent()) {
            c.when("enterprise", enterprise, "enterprise_uscc = :enterprise");
        }
        if (kind.classified().isPresent()) {
            c.category(category, classification::subtree);
        }
        if (kind.searchable()) {
            c.words(q, "search_text");
        }
        return c;
    }

    <R> PageResult<R> page(RecordKind kind, Conditions c, PageRequest page, RowMapper<R> rows) {
        return new TablePage(kind.table(), kind.listOrder()).read(jdbc, c, page, rows);
    }

    <R> Optional<R> one(RecordKind kind, long id, RowMapper<R> rows) {
        return new TablePage(kind.table(), kind.listOrder()).find(jdbc, visible(kind), id, rows);
    }

    /** One record of the kind whatever the reader's area (for checks that then apply the area themselves). */
    Optional<RecordRow> stored(RecordKind kind, long id) {
        return new TablePage(kind.table(), kind.listOrder()).find(jdbc, Conditions.all(), id, (rs, n) -> row(rs));
    }

    /** The records of the kind the reader may see: those of the reader's area, or all when the kind says so. */
    Conditions visible(RecordKind kind) {
        return kind.visibleToAll()
                ? Conditions.all()
                : Conditions.within(currentActor.get().readScope());
    }

    private static RecordRow row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i);
            if (!HIDDEN.contains(name) && !name.equals("id")) {
                columns.put(name, value(rs, i, meta.getColumnType(i)));
            }
        }
        return new RecordRow(rs.getLong("id"), columns);
    }

    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        return switch (type) {
            case Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.SMALLINT, Types.INTEGER -> rs.getObject(i) == null ? null : rs.getInt(i);
            default -> rs.getObject(i);
        };
    }
}
