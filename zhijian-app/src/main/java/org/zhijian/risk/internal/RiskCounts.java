package org.zhijian.risk.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.zhijian.platform.DailyCount;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.platform.RecordsChanged;

/**
 * The daily counts behind every series, one table for all sources: a source is marked for a recount when its module
 * reports changed records ({@link RecordsChanged}) and recounted in the background (every
 * {@code zhijian.risk.refresh-delay}) and before each detection run; {@link #rebuild} recounts everything. A recount
 * replaces the source's rows in one transaction, so readers see the old counts or the new, never a mix.
 */
@Component
class RiskCounts {

    private static final Logger LOG = LoggerFactory.getLogger(RiskCounts.class);
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Map<String, DailyCountSource> sources;
    private final org.zhijian.platform.SourceStates states;

    RiskCounts(
            JdbcClient jdbc,
            TransactionTemplate tx,
            List<DailyCountSource> sources,
            List<org.zhijian.platform.DailyCountSources> providers) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.states = new org.zhijian.platform.SourceStates(jdbc, "risk_count_state", "row_count");
        this.sources = org.zhijian.platform.DailyCountSources.all(sources, providers).stream()
                .collect(Collectors.toMap(
                        DailyCountSource::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The sources, in a stable order. */
    List<DailyCountSource> sources() {
        return List.copyOf(sources.values());
    }

    Optional<DailyCountSource> source(String code) {
        return Optional.ofNullable(sources.get(code));
    }

    /**
     * Marks the changed records' series for a recount, once the change has committed, in the background; the event
     * is stored with the change, so a mark cut short by a stop is made at the next start.
     */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(RecordsChanged event) {
        sources.values().stream().filter(s -> s.origin().equals(event.origin())).forEach(s -> states.mark(s.code()));
    }

    /** Sources never counted get counted at start. */
    @EventListener(ApplicationReadyEvent.class)
    void registerSources() {
        states.register(sources.keySet());
    }

    /** Recounts every source marked as changed; returns how many. */
    @Scheduled(fixedDelayString = "${zhijian.risk.refresh-delay:PT30S}", initialDelayString = "PT20S")
    synchronized int refreshDirty() {
        return states.refresh(sources, this::recount);
    }

    /** Recounts every source from its module; returns the rows stored. */
    synchronized int rebuild() {
        return sources.values().stream().mapToInt(this::recount).sum();
    }

    private int recount(DailyCountSource source) {
        Integer rows = tx.execute(status -> {
            states.reading(source.code());
            jdbc.sql("delete from risk_count where source = ?")
                    .param(source.code())
                    .update();
            List<DailyCount> batch = new ArrayList<>(BATCH);
            int[] stored = {0};
            source.forEach(c -> {
                if (c.day() != null && (c.cases() > 0 || c.population() > 0)) {
                    batch.add(c);
                }
                if (batch.size() == BATCH) {
                    stored[0] += insert(source.code(), batch);
                }
            });
            stored[0] += insert(source.code(), batch);
            states.read(source.code(), stored[0]);
            return stored[0];
        });
        LOG.info("Recounted {}: {} daily rows", source.code(), rows);
        return rows == null ? 0 : rows;
    }

    private int insert(String source, List<DailyCount> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int n = batch.size();
        jdbc.sql("""
                insert into risk_count (source, day, county_code, category_code, cases, population)
                select :source, d, c, k, n, p
                from unnest(cast(:days as date[]), cast(:counties as text[]), cast(:categories as text[]),
                            cast(:cases as int[]), cast(:populations as int[])) as t(d, c, k, n, p)""")
                .param("source", source)
                .param("days", batch.stream().map(c -> Date.valueOf(c.day())).toArray(Date[]::new))
                .param("counties", batch.stream().map(DailyCount::countyCode).toArray(String[]::new))
                .param(
                        "categories",
                        batch.stream().map(DailyCount::categoryCode).toArray(String[]::new))
                .param("cases", batch.stream().map(DailyCount::cases).toArray(Integer[]::new))
                .param("populations", batch.stream().map(DailyCount::population).toArray(Integer[]::new))
                .update();
        batch.clear();
        return n;
    }
}
