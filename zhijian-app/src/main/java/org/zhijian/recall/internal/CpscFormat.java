package org.zhijian.recall.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * US CPSC Recall Retrieval API responses ({@code format=json}): an array of recalls with nested products,
 * hazards, remedies and firms. The API has no risk class; lists are joined with {@code "; "}. Mapping in
 * {@code docs/recalls.md}.
 */
@Component
class CpscFormat extends JsonRecallFormat {

    @Override
    public String key() {
        return "cpsc";
    }

    @Override
    public String label() {
        return "召回：CPSC Recall API JSON";
    }

    @Override
    JsonNode records(JsonNode root) throws IOException {
        if (!root.isArray()) {
            throw new IOException("应为召回数组（CPSC Recall API 的 format=json 响应）");
        }
        return root;
    }

    @Override
    Map<String, String> values(JsonNode r) {
        Map<String, String> v = new HashMap<>();
        v.put("source", "CPSC");
        v.put("reference", Json.text(r, "RecallNumber"));
        String date = Json.text(r, "RecallDate");
        v.put("recalled_on", date.length() >= 10 ? date.substring(0, 10) : date);
        String products = Json.joined(r, "Products", "Name");
        v.put("product", products.isEmpty() ? Json.text(r, "Title") : products);
        v.put("product_category", Json.joined(r, "Products", "Type"));
        v.put("model", Json.joined(r, "Products", "Model"));
        v.put("quantity", Json.joined(r, "Products", "NumberOfUnits"));
        v.put("gtin", Json.joined(r, "ProductUPCs", "UPC"));
        v.put("hazard", Json.joined(r, "Hazards", "Name"));
        v.put("hazard_category", Json.joined(r, "Hazards", "HazardType"));
        v.put("origin_country", Json.joined(r, "ManufacturerCountries", "Country"));
        v.put("manufacturer", Json.joined(r, "Manufacturers", "Name"));
        v.put(
                "recalling_firm",
                Json.join("; ", Json.joined(r, "Importers", "Name"), Json.joined(r, "Distributors", "Name")));
        v.put("notifying_country", "United States");
        v.put(
                "measures",
                Json.join("; ", Json.joined(r, "Remedies", "Name"), Json.joined(r, "RemedyOptions", "Option")));
        String retailers = Json.joined(r, "Retailers", "Name");
        v.put("distribution", retailers.isEmpty() ? "" : "Sold at: " + retailers);
        String injuries = Json.joined(r, "Injuries", "Name");
        v.put(
                "description",
                Json.join(
                        "\n",
                        Json.text(r, "Title"),
                        Json.text(r, "Description"),
                        injuries.isEmpty() ? "" : "Injuries: " + injuries,
                        Json.text(r, "ConsumerContact")));
        v.put("url", Json.text(r, "URL"));
        return v;
    }
}
