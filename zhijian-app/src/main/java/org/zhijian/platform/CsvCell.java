package org.zhijian.platform;

import java.util.regex.Pattern;

/**
 * A cell of an exported CSV file made safe to open in a spreadsheet (OWASP "CSV Injection"): text that begins with
 * {@code = + - @}, a tab or a carriage return is prefixed with a single quote, so Excel, WPS and LibreOffice show it
 * as text instead of running it as a formula ({@code =HYPERLINK(...)}, {@code @SUM(...)}, {@code -2+3}). Plain
 * numbers, including negative ones and R's {@code NA}, {@code Inf} and {@code -Inf}, are left as they are: no
 * spreadsheet evaluates them as formulas, and a signed number must stay a number.
 */
public final class CsvCell {

    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Inf|NaN|NA");

    private CsvCell() {}

    /** The value as text for a CSV cell; {@code null} stays {@code null} (an empty cell). */
    public static String safe(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isEmpty()
                || "=+-@\t\r".indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** Each value made {@link #safe}. */
    public static Object[] safe(Iterable<?> values) {
        java.util.List<String> cells = new java.util.ArrayList<>();
        for (Object v : values) {
            cells.add(safe(v));
        }
        return cells.toArray();
    }
}
