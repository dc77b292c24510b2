package org.zhijian.classification.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.classification.KeywordDictionary;

/**
 * Loads the GB/T 4754 industries, the seed product categories, the hazard types and the seed keyword
 * dictionaries on first start. Seed rows are only
 * added, never changed, so officers' edits survive; a seed term an officer removed stays removed.
 */
@Component
@Order(11)
class ClassificationSeeder implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Resource industries;
    private final Resource categories;
    private final JdbcClassification classification;
    private final Resource hazards;
    private final KeywordStore keywords;
    private final JdbcDescriptionClassification descriptions;

    ClassificationSeeder(
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${zhijian.masterdata.industries}") Resource industries,
            @Value("${zhijian.masterdata.categories}") Resource categories,
            @Value("${zhijian.masterdata.hazards:classpath:masterdata/hazard-types.csv}") Resource hazards,
            JdbcClassification classification,
            KeywordStore keywords,
            JdbcDescriptionClassification descriptions) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.industries = industries;
        this.categories = categories;
        this.classification = classification;
        this.hazards = hazards;
        this.keywords = keywords;
        this.descriptions = descriptions;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            readRecords(industries)
                    .forEach(r -> jdbc.sql("""
                    insert into industry (code, name, level, parent_code) values (?, ?, ?, ?)
                    on conflict (code) do nothing""")
                            .params(r.get("code"), r.get("name"), r.get("level"), blankToNull(r.get("parent_code")))
                            .update());
            readRecords(categories)
                    .forEach(r -> jdbc.sql("""
                    insert into product_category (code, parent_code, name_zh, name_en, kind, source, created_by)
                    values (?, ?, ?, ?, ?, ?, 'seed') on conflict (code) do nothing""")
                            .params(
                                    r.get("code"),
                                    blankToNull(r.get("parent_code")),
                                    r.get("name_zh"),
                                    r.get("name_en"),
                                    r.get("kind"),
                                    r.get("source_in_plan"))
                            .update());
            seedHazards();
            keywords.seed(KeywordDictionary.CATEGORY, SeedKeywords.read(SeedKeywords.CATEGORIES));
            keywords.seed(KeywordDictionary.HAZARD, SeedKeywords.read(SeedKeywords.HAZARDS));
        });
        classification.forget();
        descriptions.forget();
    }

    private void seedHazards() {
        List<CSVRecord> rows = readRecords(hazards);
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            jdbc.sql("""
                    insert into hazard_type (code, name_zh, name_en, safety_gate, sort_order) values (?, ?, ?, ?, ?)
                    on conflict (code) do nothing""")
                    .params(r.get("code"), r.get("name_zh"), r.get("name_en"), r.get("safety_gate"), i + 1)
                    .update();
        }
    }

    private static java.util.List<CSVRecord> readRecords(Resource resource) {
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("无法读取主数据文件 " + resource, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
