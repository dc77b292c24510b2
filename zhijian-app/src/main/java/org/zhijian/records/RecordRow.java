package org.zhijian.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored record of a kind without pages of its own, as the generic pages and API show it: its id and its
 * columns by name (the fields' stored columns and {@code link_status, enterprise_uscc, created_by, created_at} where
 * the table has them), typed as {@link StoredRow} values are.
 */
public record RecordRow(long id, Map<String, Object> columns) {

    public RecordRow {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public Object get(String column) {
        return columns.get(column);
    }

    /** The value as text, {@code ""} for none; yes/no as 是/否. */
    public String text(String column) {
        Object v = columns.get(column);
        if (v instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString();
    }
}
