package org.zhijian.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query string of a filtered list, for its page links and exports: {@code name=value} pairs in the order given,
 * values URL-encoded, a {@code null} value as empty ({@code q=&status=CLOSED}).
 */
public final class QueryString {

    private QueryString() {}

    /** From alternating names and values: {@code of("q", q, "status", status)}. */
    public static String of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(namesAndValues[i] + "=" + encoded(namesAndValues[i + 1]));
        }
        return String.join("&", pairs);
    }

    /** One value URL-encoded, {@code null} as empty. */
    public static String encoded(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
