package org.zhijian.recall.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportFormat;

/**
 * EU RASFF notifications as RASFF Window exports them (CSV, UTF-8 with or without BOM): both the portal export
 * ({@code Date of Case, Reference, Notification From, Country Origin, Product, Product Category, Hazard Substance,
 * Hazard Category}) and the richer data-set shape ({@code reference, category, type, subject, date,
 * notifying_country, classification, risk_decision, …, origin, hazards}). Mapping in {@code docs/recalls.md}.
 */
@Component
class RasffFormat implements ImportFormat {

    private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATASET = DateTimeFormatter.ofPattern("dd-MM-yyyy[ HH:mm:ss]");

    @Override
    public String kind() {
        return "recalls";
    }

    @Override
    public String key() {
        return "rasff";
    }

    @Override
    public String label() {
        return "召回：EU RASFF 通报 CSV";
    }

    @Override
    public void read(InputStream in, RecordSink rows) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.unread(first);
        }
        try (CSVParser csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .get()
                .parse(reader)) {
            Map<String, Integer> header = csv.getHeaderMap();
            if (column(header, "Reference") == null || (column(header, "Date of Case", "date") == null)) {
                throw new IOException("缺少 Reference 或 Date of Case 列");
            }
            for (CSVRecord r : csv) {
                rows.record(r.getRecordNumber(), values(r, header));
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e); // malformed CSV (an open quote, a duplicate header)
        }
    }

    static Map<String, String> values(CSVRecord r, Map<String, Integer> header) {
        Map<String, String> v = new HashMap<>();
        v.put("source", "RASFF");
        v.put("reference", get(r, header, "Reference"));
        v.put("recalled_on", isoDate(get(r, header, "Date of Case", "date")));
        v.put("notifying_country", get(r, header, "Notification From", "notifying_country"));
        v.put("origin_country", get(r, header, "Country Origin", "origin"));
        v.put("product", get(r, header, "Product", "subject"));
        v.put("product_category", get(r, header, "Product Category", "category"));
        v.put("hazard", get(r, header, "Hazard Substance", "hazards"));
        v.put("hazard_category", get(r, header, "Hazard Category"));
        v.put("recall_type", get(r, header, "classification"));
        v.put("risk_class", get(r, header, "risk_decision"));
        v.put("distribution", get(r, header, "distribution"));
        v.put(
                "description",
                Json.join(
                        "\n",
                        label("Type", get(r, header, "type")),
                        label("For attention", get(r, header, "forAttention")),
                        label("For follow-up", get(r, header, "forFollowUp")),
                        label("Operator", get(r, header, "operator"))));
        return v;
    }

    private static String label(String name, String value) {
        return value.isEmpty() ? "" : name + ": " + value;
    }

    private static Integer column(Map<String, Integer> header, String... names) {
        for (String name : names) {
            for (Map.Entry<String, Integer> e : header.entrySet()) {
                if (e.getKey().strip().equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static String get(CSVRecord r, Map<String, Integer> header, String... names) {
        Integer i = column(header, names);
        return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    /** {@code Oct 30, 2024} or {@code 31-10-2025 16:30:35} → ISO date; anything else is passed on for the kind. */
    static String isoDate(String text) {
        for (DateTimeFormatter f : List.of(PORTAL, DATASET)) {
            try {
                return LocalDate.parse(text, f).toString();
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return text;
    }
}
