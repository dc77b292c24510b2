package org.zhijian.platform.web;

import java.util.HashMap;
import java.util.Map;

/** A JSON request's fields as the text a form or a file row gives, so that one check serves all three. */
public final class RequestFields {

    private RequestFields() {}

    /** Each value as text ({@code null} stays null). */
    public static Map<String, String> of(Map<String, Object> body) {
        Map<String, String> fields = new HashMap<>();
        body.forEach((k, v) -> fields.put(k, v == null ? null : v.toString()));
        return fields;
    }
}
