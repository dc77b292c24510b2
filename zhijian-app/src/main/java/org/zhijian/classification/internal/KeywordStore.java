package org.zhijian.classification.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhijian.algo.text.Keyword;
import org.zhijian.classification.HazardType;
import org.zhijian.classification.KeywordDictionary;
import org.zhijian.classification.KeywordEntry;

/** The hazard types and the keyword dictionaries' rows. */
@Repository
class KeywordStore {

    private static final String ENTRY = """
            select id, dictionary, label, term, weight, seeded, created_by, created_at
            from classification_keyword where removed_at is null""";

    private final JdbcClient jdbc;

    KeywordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HazardType> hazardTypes() {
        return jdbc.sql("select code, name_zh, name_en from hazard_type order by sort_order")
                .query((rs, n) -> new HazardType(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The live terms of one dictionary as the classifier takes them. */
    List<Keyword> live(KeywordDictionary dictionary) {
        return jdbc.sql("select label, term, weight from classification_keyword where removed_at is null"
                        + " and dictionary = ?")
                .param(dictionary.name())
                .query((rs, n) -> new Keyword(rs.getString(1), rs.getString(2), rs.getDouble(3)))
                .list();
    }

    List<KeywordEntry> entries(KeywordDictionary dictionary, String label) {
        return jdbc.sql(ENTRY + " and dictionary = :d and (cast(:label as text) is null or label = :label)"
                        + " order by label, term")
                .param("d", dictionary.name())
                .param("label", label)
                .query(KeywordStore::entry)
                .list();
    }

    java.util.Optional<KeywordEntry> find(long id) {
        return jdbc.sql(ENTRY + " and id = ?")
                .param(id)
                .query(KeywordStore::entry)
                .optional();
    }

    /** Inserts a live term; empty when the label already has it. */
    java.util.Optional<Long> insert(KeywordDictionary dictionary, String label, String term, double weight, String by) {
        return jdbc.sql("""
                insert into classification_keyword (dictionary, label, term, weight, created_by)
                values (?, ?, ?, ?, ?)
                on conflict (dictionary, label, term) where removed_at is null do nothing
                returning id""")
                .params(dictionary.name(), label, term, weight, by)
                .query(Long.class)
                .optional();
    }

    boolean remove(long id, String by) {
        return jdbc.sql("update classification_keyword set removed_at = now(), removed_by = ?"
                                + " where id = ? and removed_at is null")
                        .params(by, id)
                        .update()
                == 1;
    }

    /**
     * Adds the seed terms that were never there: a term an officer removed keeps its tombstone and stays removed;
     * terms of labels this instance does not have are skipped.
     */
    int seed(KeywordDictionary dictionary, List<Keyword> keywords) {
        String labels = dictionary == KeywordDictionary.CATEGORY
                ? "select code from product_category"
                : "select code from hazard_type";
        return jdbc.sql("""
                insert into classification_keyword (dictionary, label, term, weight, seeded, created_by)
                select :d, s.label, s.term, s.weight, true, 'seed'
                from unnest(cast(:labels as text[]), cast(:terms as text[]), cast(:weights as numeric[]))
                     as s(label, term, weight)
                where s.label in (%s)
                  and not exists (select 1 from classification_keyword k
                                  where k.dictionary = :d and k.label = s.label and k.term = s.term)
                """.formatted(labels))
                .param("d", dictionary.name())
                .param("labels", keywords.stream().map(Keyword::label).toArray(String[]::new))
                .param("terms", keywords.stream().map(Keyword::term).toArray(String[]::new))
                .param("weights", keywords.stream().map(Keyword::weight).toArray(Double[]::new))
                .update();
    }

    private static KeywordEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new KeywordEntry(
                rs.getLong(1),
                KeywordDictionary.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getDouble(5),
                rs.getBoolean(6),
                rs.getString(7),
                rs.getObject(8, java.time.OffsetDateTime.class));
    }
}
