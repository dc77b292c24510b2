package org.zhijian.classification;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;

/**
 * A module's table of described records (complaints, injuries) with the columns {@code category_code,
 * category_source, hazard_code, hazard_source}: the owning module subclasses this as a bean, and records without a
 * category or hazard from a person get the keyword classifier's suggestion — when they arrive
 * ({@link #classifyPending}) and again whenever a dictionary changes; an officer's choice is kept from then on.
 */
public abstract class ClassifiedTable {

    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final DescriptionClassification descriptions;
    private final ClassificationManagement classification;
    private final String table;
    private final String textColumns;

    /**
     * @param table the table
     * @param productColumn the column naming the product
     * @param descriptionSql an expression giving the description (may join several columns)
     */
    protected ClassifiedTable(
            JdbcClient jdbc,
            DescriptionClassification descriptions,
            ClassificationManagement classification,
            String table,
            String productColumn,
            String descriptionSql) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
        this.classification = classification;
        this.table = table;
        this.textColumns = productColumn + ", " + descriptionSql;
    }

    private record Pending(long id, String product, String description) {}

    /** Classifies every record the classifier has not looked at yet, in batches; returns how many. */
    public int classifyPending() {
        int done = 0;
        List<Pending> batch;
        do {
            batch = jdbc.sql("select id, " + textColumns + " from " + table
                            + " where category_source is null or hazard_source is null order by id limit ?")
                    .param(BATCH)
                    .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list();
            store(batch);
            done += batch.size();
        } while (batch.size() == BATCH);
        if (done > 0) {
            changed();
        }
        return done;
    }

    /** Called after records' categories or hazards changed; subclasses tell their listeners. */
    protected void changed() {}

    private void store(List<Pending> batch) {
        List<Suggestion> s = batch.stream()
                .map(p -> descriptions.suggest(p.product(), p.description()))
                .toList();
        jdbc.sql("""
                update %s c set
                    category_code = case when c.category_source is null then s.category else c.category_code end,
                    category_source = coalesce(c.category_source, 'AUTO'),
                    hazard_code = case when c.hazard_source is null then s.hazard else c.hazard_code end,
                    hazard_source = coalesce(c.hazard_source, 'AUTO')
                from unnest(cast(:ids as bigint[]), cast(:categories as text[]), cast(:hazards as text[]))
                     as s(id, category, hazard)
                where c.id = s.id""".formatted(table))
                .param("ids", batch.stream().map(Pending::id).toArray(Long[]::new))
                .param("categories", s.stream().map(Suggestion::categoryCode).toArray(String[]::new))
                .param("hazards", s.stream().map(Suggestion::hazardCode).toArray(String[]::new))
                .update();
    }

    /**
     * After a dictionary change, the classifier's earlier suggestions are made again, after the commit, in the
     * background; one table's runs take turns.
     */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void on(KeywordsChanged event) {
        String source = event.dictionary() == KeywordDictionary.CATEGORY ? "category_source" : "hazard_source";
        jdbc.sql("update " + table + " set " + source + " = null where " + source + " = 'AUTO'")
                .update();
        classifyPending();
    }

    /** Finishes, in the background, what a stop left unclassified (a run cut short by a shutdown). */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void resume() {
        classifyPending();
    }

    /**
     * Stores an officer's category and hazard type for a record (scope and audit are the caller's); a blank value
     * goes back to the classifier, which runs at once.
     *
     * @return what the record is now classified as
     * @throws BusinessRuleViolation with {@code invalid} for an unknown category or hazard type
     */
    public ClassifiedAs classify(long id, String categoryCode, String hazard, ErrorCode invalid) {
        String category = blankToNull(categoryCode);
        if (category != null && classification.findCategory(category).isEmpty()) {
            throw new BusinessRuleViolation(invalid, "产品分类中没有代码 " + category);
        }
        String hazardCode = blankToNull(hazard) == null
                ? null
                : descriptions
                        .findHazard(hazard)
                        .orElseThrow(() -> new BusinessRuleViolation(invalid, "没有危害类型 " + hazard.strip()))
                        .code();
        jdbc.sql("update " + table + " set category_code = :category, category_source = :cs,"
                        + " hazard_code = :hazard, hazard_source = :hs where id = :id")
                .param("category", category)
                .param("cs", category == null ? null : "OFFICER")
                .param("hazard", hazardCode)
                .param("hs", hazardCode == null ? null : "OFFICER")
                .param("id", id)
                .update();
        if (classifyPending() == 0) {
            changed();
        }
        return jdbc.sql("select category_code, category_source, hazard_code, hazard_source from " + table
                        + " where id = ?")
                .param(id)
                .query((rs, n) ->
                        ClassifiedAs.stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
