package org.zhijian.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of a table that meet some {@link Conditions}: one page with the total (two statements with the same
 * conditions), or one row by id.
 *
 * @param table the table (or a join)
 * @param orderBy the order of the rows, ending in a unique column so that pages do not overlap
 * @param columns what is selected: {@code *}, or expressions such as {@code id, name || ' ' || code}
 */
public record TablePage(String table, String orderBy, String columns) {

    /** Every column of the rows. */
    public TablePage(String table, String orderBy) {
        this(table, orderBy, "*");
    }

    public <T> PageResult<T> read(JdbcClient jdbc, Conditions conditions, PageRequest page, RowMapper<T> rows) {
        String where = where(conditions);
        long total = jdbc.sql("select count(*) from " + table + where)
                .params(conditions.params())
                .query(Long.class)
                .single();
        Map<String, Object> all = new HashMap<>(conditions.params());
        all.put("limit", page.size());
        all.put("offset", page.offset());
        var items = jdbc.sql("select " + columns + " from " + table + where + " order by " + orderBy
                        + " limit :limit offset :offset")
                .params(all)
                .query(rows)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    /** The row with this id, if it meets the conditions (typically the reader's scope). */
    public <T> Optional<T> find(JdbcClient jdbc, Conditions conditions, long id, RowMapper<T> rows) {
        Map<String, Object> all = new HashMap<>(conditions.params());
        all.put("id", id);
        return jdbc.sql("select " + columns + " from " + table + " where id = :id"
                        + where(conditions).replaceFirst(" where ", " and "))
                .params(all)
                .query(rows)
                .optional();
    }

    private static String where(Conditions conditions) {
        return conditions.where().isEmpty() ? "" : " where " + String.join(" and ", conditions.where());
    }
}
