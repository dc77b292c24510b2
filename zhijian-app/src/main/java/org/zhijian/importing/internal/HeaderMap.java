package org.zhijian.importing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhijian.importing.ImportColumn;
import org.zhijian.platform.InvalidFileException;
import org.zhijian.platform.RowError;

/** Maps a file's header cells to the kind's columns, by Chinese header, alias or key. */
final class HeaderMap {

    private final String[] keyByIndex;

    private HeaderMap(String[] keyByIndex) {
        this.keyByIndex = keyByIndex;
    }

    static HeaderMap of(List<String> headerCells, List<ImportColumn> columns) {
        Map<String, ImportColumn> lookup = new HashMap<>();
        for (ImportColumn c : columns) {
            lookup.put(normalize(c.header()), c);
            lookup.put(normalize(c.key()), c);
            c.aliases().forEach(a -> lookup.put(normalize(a), c));
        }
        String[] keys = new String[headerCells.size()];
        Map<String, Integer> seen = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < headerCells.size(); i++) {
            ImportColumn column = lookup.get(normalize(headerCells.get(i)));
            if (column == null) {
                continue;
            }
            Integer earlier = seen.put(column.key(), i);
            if (earlier != null) {
                errors.add(new RowError(
                        1, column.header(), headerCells.get(i), "列重复（第 " + (earlier + 1) + " 列与第 " + (i + 1) + " 列）"));
            }
            keys[i] = column.key();
        }
        for (ImportColumn c : columns) {
            if (c.required() && !seen.containsKey(c.key())) {
                errors.add(new RowError(1, c.header(), "", "缺少必填列“" + c.header() + "”"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFileException("表头不符合模板", errors);
        }
        return new HeaderMap(keys);
    }

    Map<String, String> values(List<String> cells) {
        Map<String, String> values = new HashMap<>(keyByIndex.length * 2);
        for (int i = 0; i < Math.min(cells.size(), keyByIndex.length); i++) {
            if (keyByIndex[i] != null) {
                values.put(keyByIndex[i], cells.get(i).strip());
            }
        }
        return values;
    }

    static String normalize(String header) {
        StringBuilder out = new StringBuilder();
        for (char c : header.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c != '*' && c != '\uFEFF' && !Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
