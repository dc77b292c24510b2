package org.zhijian.recall.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reading the foreign feeds' JSON: absent, null and blank are all "", lists are joined. */
final class Json {

    private Json() {}

    /** The whole document; a syntax error becomes an {@link java.io.IOException} with Jackson's message. */
    static JsonNode tree(tools.jackson.databind.json.JsonMapper json, java.io.InputStream in)
            throws java.io.IOException {
        try {
            return json.readTree(in);
        } catch (tools.jackson.core.JacksonException e) {
            throw new java.io.IOException(e.getOriginalMessage(), e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.isContainer()
                ? ""
                : value.asString().strip();
    }

    /** The distinct non-blank {@code field} values of the objects in array {@code array}, joined by {@code "; "}. */
    static String joined(JsonNode node, String array, String field) {
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode item : node.path(array)) {
            String v = text(item, field);
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        return String.join("; ", values);
    }

    /** Non-blank parts joined by {@code separator}. */
    static String join(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return String.join(separator, kept);
    }
}
