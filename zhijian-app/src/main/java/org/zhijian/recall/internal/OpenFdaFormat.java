package org.zhijian.recall.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * openFDA enforcement reports (food, drug and device share the shape): the API's response object
 * {@code {meta, results: [...]}}, a download file of the same shape, or a bare array of results. Both the 2015
 * shape ({@code @id}, {@code @epoch}) and the current one ({@code address_1}, {@code termination_date} …) are read;
 * the mapping is in {@code docs/recalls.md}.
 */
@Component
class OpenFdaFormat extends JsonRecallFormat {

    @Override
    public String key() {
        return "openfda";
    }

    @Override
    public String label() {
        return "召回：openFDA 执法报告 JSON";
    }

    @Override
    JsonNode records(JsonNode root) throws IOException {
        JsonNode results = root.isArray() ? root : root.path("results");
        if (!results.isArray()) {
            throw new IOException("没有 results 数组");
        }
        return results;
    }

    @Override
    Map<String, String> values(JsonNode r) {
        Map<String, String> v = new HashMap<>();
        v.put("source", "OPENFDA");
        v.put("reference", Json.text(r, "recall_number"));
        v.put("recall_type", Json.text(r, "voluntary_mandated"));
        v.put("risk_class", Json.text(r, "classification"));
        v.put("status", Json.text(r, "status"));
        String initiated = Json.text(r, "recall_initiation_date");
        v.put("recalled_on", isoDate(initiated.isEmpty() ? Json.text(r, "report_date") : initiated));
        v.put("product", Json.text(r, "product_description"));
        v.put("product_category", Json.text(r, "product_type"));
        v.put("batch", Json.join("\n", Json.text(r, "code_info"), Json.text(r, "more_code_info")));
        v.put("quantity", Json.text(r, "product_quantity"));
        v.put("hazard", Json.text(r, "reason_for_recall"));
        v.put("origin_country", Json.text(r, "country"));
        v.put("recalling_firm", Json.text(r, "recalling_firm"));
        v.put("notifying_country", "United States");
        v.put("distribution", Json.text(r, "distribution_pattern"));
        v.put(
                "description",
                Json.join(
                        "\n",
                        Json.join(
                                ", ",
                                Json.text(r, "address_1"),
                                Json.text(r, "address_2"),
                                Json.text(r, "city"),
                                Json.text(r, "state"),
                                Json.text(r, "postal_code")),
                        label("Event", Json.text(r, "event_id")),
                        label("Initial notification", Json.text(r, "initial_firm_notification")),
                        label("Terminated", isoDate(Json.text(r, "termination_date")))));
        return v;
    }

    private static String label(String name, String value) {
        return value.isEmpty() ? "" : name + ": " + value;
    }

    /** {@code 20121220} → {@code 2012-12-20}; anything else is passed on for the kind to judge. */
    static String isoDate(String yyyymmdd) {
        return yyyymmdd.matches("\\d{8}")
                ? yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6)
                : yyyymmdd;
    }
}
