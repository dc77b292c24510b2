package org.zhijian.importing;

import java.util.Map;

/**
 * One data row of a file, handed to an {@link ImportKind} to validate.
 *
 * @param line the row number the user sees (the header is row 1)
 * @param values cell text by column key, trimmed; absent or blank cells are missing
 */
public record ImportRow(long line, Map<String, String> values) {

    /** The trimmed value, or {@code null} when the cell is empty. */
    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v;
    }

    /** The value, or an empty string. */
    public String text(String key) {
        String v = get(key);
        return v == null ? "" : v;
    }
}
