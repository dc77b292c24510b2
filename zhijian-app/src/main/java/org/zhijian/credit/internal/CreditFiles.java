package org.zhijian.credit.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.platform.CreditFact;
import org.zhijian.platform.CreditFactSource;
import org.zhijian.platform.CreditFactSources;
import org.zhijian.platform.RecordsChanged;

/**
 * The credit files (信用档案), one table of facts for all sources: a source is marked for re-reading when its module
 * reports changed records ({@link RecordsChanged}) and re-read in the background (every
 * {@code zhijian.credit.refresh-delay}) and before each classification; {@link #rebuild} re-reads everything. A
 * re-read replaces the source's facts in one transaction, so readers see the old file or the new, never a mix.
 */
@Component
class CreditFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CreditFiles.class);
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Map<String, CreditFactSource> sources;
    private final org.zhijian.platform.SourceStates states;

    CreditFiles(
            JdbcClient jdbc,
            TransactionTemplate tx,
            List<CreditFactSource> sources,
            List<CreditFactSources> providers) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.states = new org.zhijian.platform.SourceStates(jdbc, "credit_source_state", "fact_count");
        this.sources = CreditFactSources.all(sources, providers).stream()
                .collect(
                        Collectors.toMap(CreditFactSource::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    List<CreditFactSource> sources() {
        return List.copyOf(sources.values());
    }

    /** Marks the changed module's sources for re-reading, once the change has committed, in the background. */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(RecordsChanged event) {
        sources.values().stream().filter(s -> s.origin().equals(event.origin())).forEach(s -> states.mark(s.code()));
    }

    /** Sources never read get read at start. */
    @EventListener(ApplicationReadyEvent.class)
    void registerSources() {
        states.register(sources.keySet());
    }

    /** Re-reads every source marked as changed; returns how many. */
    @Scheduled(fixedDelayString = "${zhijian.credit.refresh-delay:PT30S}", initialDelayString = "PT25S")
    synchronized int refreshDirty() {
        return states.refresh(sources, this::reread);
    }

    /** Re-reads every source; returns the facts stored. */
    synchronized int rebuild() {
        return sources.values().stream().mapToInt(this::reread).sum();
    }

    private int reread(CreditFactSource source) {
        Integer stored = tx.execute(status -> {
            states.reading(source.code());
            jdbc.sql("delete from credit_fact where source = ?")
                    .param(source.code())
                    .update();
            List<CreditFact> batch = new ArrayList<>(BATCH);
            int[] n = {0};
            source.forEach(f -> {
                batch.add(f);
                if (batch.size() == BATCH) {
                    n[0] += insert(source.code(), batch);
                }
            });
            n[0] += insert(source.code(), batch);
            states.read(source.code(), n[0]);
            return n[0];
        });
        LOG.info("信用档案：{} 读入 {} 条", source.label(), stored);
        return stored == null ? 0 : stored;
    }

    /** Inserts and clears the batch; a reference seen twice for one enterprise keeps its first fact. */
    private int insert(String source, List<CreditFact> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("insert into credit_fact (source, reference, uscc, kind, day, until, "
                + "authority, summary, amount, link) values ");
        List<Object> params = new ArrayList<>(batch.size() * 10);
        for (int i = 0; i < batch.size(); i++) {
            CreditFact f = batch.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(
                    source,
                    f.reference(),
                    f.uscc(),
                    f.kind(),
                    Date.valueOf(f.day()),
                    f.until() == null ? null : Date.valueOf(f.until()),
                    f.authority(),
                    f.summary(),
                    f.amount(),
                    f.link()));
        }
        sql.append(" on conflict (source, reference, uscc) do nothing");
        int n = jdbc.sql(sql.toString()).params(params).update();
        batch.clear();
        return n;
    }
}
