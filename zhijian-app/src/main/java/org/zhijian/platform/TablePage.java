package org.zhijian.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a table's rows that meet some conditions, with the total: the count and the page come from two
 * statements with the same conditions and named parameters.
 *
 * @param table the table (or a join)
 * @param orderBy the order of the rows, ending in a unique column so that pages do not overlap
 */
public record TablePage(String table, String orderBy) {

    public <T> PageResult<T> read(
            JdbcClient jdbc, List<String> conditions, Map<String, Object> params, PageRequest page, RowMapper<T> rows) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from " + table + where)
                .params(params)
                .query(Long.class)
                .single();
        Map<String, Object> all = new HashMap<>(params);
        all.put("limit", page.size());
        all.put("offset", page.offset());
        List<T> items = jdbc.sql(
                        "select * from " + table + where + " order by " + orderBy + " limit :limit offset :offset")
                .params(all)
                .query(rows)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }
}
