package org.zhijian.records;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Lookups for record checks without a database: three Changsha counties, a few product categories, and the hazard
 * types of the shipped master data ({@code masterdata/hazard-types.csv}).
 */
public final class TestLookups implements Lookups {

    private static final Map<String, String> COUNTIES =
            Map.of("430102", "430100", "430104", "430100", "430181", "430100");
    private static final Set<String> CATEGORIES = Set.of("CON-EE-KITCHEN", "CON-TOY", "FOOD");
    private final Map<String, String> hazards = new LinkedHashMap<>();

    public TestLookups() {
        try (Reader in = new InputStreamReader(
                getClass().getResourceAsStream("/masterdata/hazard-types.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                hazards.put(r.get("code"), r.get("name_zh"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<County> county(String code) {
        return Optional.ofNullable(COUNTIES.get(code)).map(p -> new County(code, p));
    }

    @Override
    public boolean categoryExists(String code) {
        return CATEGORIES.contains(code);
    }

    @Override
    public Optional<String> hazardCode(String codeOrName) {
        String t = codeOrName.strip();
        return hazards.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(t) || e.getValue().equals(t))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public List<String> hazardNames() {
        return new ArrayList<>(hazards.values());
    }
}
