package org.zhijian.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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

    /**
     * From a list's query record, one pair per component in declaration order (the names the list's form and
     * parameters use): {@code of(new InjuryQuery("壶", null, …))} gives {@code q=%E5%A3%B6&severity=&…}.
     */
    public static String of(Record query) {
        List<String> pairs = new ArrayList<>();
        for (RecordComponent c : query.getClass().getRecordComponents()) {
            pairs.add(c.getName() + "=" + encoded(value(c, query)));
        }
        return String.join("&", pairs);
    }

    private static Object value(RecordComponent c, Record query) {
        try {
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(query);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** One value URL-encoded, {@code null} as empty. */
    public static String encoded(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
