package org.zhijian.records.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.KeywordDictionary;
import org.zhijian.classification.KeywordsChanged;
import org.zhijian.classification.Suggestion;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.records.Classified;
import org.zhijian.records.RecordKind;

/**
 * Gives the records of classified kinds (columns {@code category_code, category_source, hazard_code,
 * hazard_source}) the keyword classifier's category and hazard, when none came from a person: when they arrive, again
 * whenever a dictionary changes, and at start-up for what a stop left undone; an officer's choice is kept.
 */
@Component
class RecordClassifier {

    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final DescriptionClassification descriptions;
    private final ClassificationManagement classification;
    private final RecordKinds kinds;
    private final RecordChanges changes;
    private final TaskExecutor background;
    private final Map<String, Object> turns = new ConcurrentHashMap<>();

    RecordClassifier(
            JdbcClient jdbc,
            DescriptionClassification descriptions,
            ClassificationManagement classification,
            RecordKinds kinds,
            RecordChanges changes,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.jdbc = jdbc;
        this.descriptions = descriptions;
        this.classification = classification;
        this.kinds = kinds;
        this.changes = changes;
        this.background = background;
    }

    private record Pending(long id, String product, String description) {}

    /** Classifies every record of the kind the classifier has not looked at yet, in batches; returns how many. */
    int classifyPending(RecordKind kind) {
        if (kind.classified().isEmpty()) {
            return 0;
        }
        Classified c = kind.classified().get();
        int done = 0;
        List<Pending> batch;
        do {
            batch = jdbc.sql("select id, " + c.productSql() + ", " + c.descriptionSql() + " from " + kind.table()
                            + " where category_source is null or hazard_source is null order by id limit ?")
                    .param(BATCH)
                    .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    .list();
            store(kind, batch);
            done += batch.size();
        } while (batch.size() == BATCH);
        if (done > 0) {
            changes.changed(kind);
        }
        return done;
    }

    private void store(RecordKind kind, List<Pending> batch) {
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
                where c.id = s.id""".formatted(kind.table()))
                .param("ids", batch.stream().map(Pending::id).toArray(Long[]::new))
                .param("categories", s.stream().map(Suggestion::categoryCode).toArray(String[]::new))
                .param("hazards", s.stream().map(Suggestion::hazardCode).toArray(String[]::new))
                .update();
    }

    /**
     * After a dictionary change has committed (and after the classifier has reloaded it), the classifier's earlier
     * suggestions are made again, in the background, each kind by itself; runs of one kind take turns.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Order
    public void on(KeywordsChanged event) {
        String source = event.dictionary() == KeywordDictionary.CATEGORY ? "category_source" : "hazard_source";
        for (RecordKind kind : kinds.classified()) {
            background.execute(() -> inTurn(kind, () -> {
                jdbc.sql("update " + kind.table() + " set " + source + " = null where " + source + " = 'AUTO'")
                        .update();
                classifyPending(kind);
            }));
        }
    }

    /** Finishes, in the background, what a stop left unclassified (a run cut short by a shutdown). */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        for (RecordKind kind : kinds.classified()) {
            background.execute(() -> inTurn(kind, () -> classifyPending(kind)));
        }
    }

    private void inTurn(RecordKind kind, Runnable work) {
        synchronized (turns.computeIfAbsent(kind.key(), k -> new Object())) {
            work.run();
        }
    }

    /** Stores an officer's choice; see {@link org.zhijian.records.RecordManagement#classify}. */
    ClassifiedAs classify(RecordKind kind, long id, String categoryCode, String hazard, ErrorCode invalid) {
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
        jdbc.sql("update " + kind.table() + " set category_code = :category, category_source = :cs,"
                        + " hazard_code = :hazard, hazard_source = :hs where id = :id")
                .param("category", category)
                .param("cs", category == null ? null : "OFFICER")
                .param("hazard", hazardCode)
                .param("hs", hazardCode == null ? null : "OFFICER")
                .param("id", id)
                .update();
        if (classifyPending(kind) == 0) {
            changes.changed(kind);
        }
        return jdbc.sql("select category_code, category_source, hazard_code, hazard_source from " + kind.table()
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
