package org.zhijian.recall.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.zhijian.importing.ImportFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A recall feed delivered as JSON: the records are found in the document and each is mapped to template values. */
abstract class JsonRecallFormat implements ImportFormat {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public final String kind() {
        return "recalls";
    }

    @Override
    public final void read(InputStream in, RecordSink rows) throws IOException {
        long n = 0;
        for (JsonNode r : records(Json.tree(json, in))) {
            rows.record(++n, values(r));
        }
    }

    /** The array of records in the document; an {@link IOException} saying what is missing when there is none. */
    abstract JsonNode records(JsonNode root) throws IOException;

    /** One record as values by template column key. */
    abstract Map<String, String> values(JsonNode record);
}
