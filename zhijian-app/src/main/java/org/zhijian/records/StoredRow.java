package org.zhijian.records;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked record's values by stored column, typed: {@code String}, {@link java.time.LocalDate},
 * {@link java.time.OffsetDateTime}, {@link BigDecimal}, {@code Boolean} or {@code null}; in the kind's column
 * order.
 */
public record StoredRow(Map<String, Object> values) {

    public StoredRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of a stored column ({@code null} when empty or absent). */
    public Object get(String column) {
        return values.get(column);
    }

    /** The value as text, {@code ""} for none. */
    public String text(String column) {
        Object v = values.get(column);
        return v == null ? "" : v.toString();
    }

    /** The stored values in the order of {@code columns}, as text for a staging table ({@code null} stays null). */
    public String[] asText(List<String> columns) {
        return columns.stream().map(c -> plain(values.get(c))).toArray(String[]::new);
    }

    private static String plain(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }
}
