package org.zhijian.platform;

import java.util.function.Consumer;

/**
 * A kind of record counted per day for risk monitoring (complaints, injuries, failed samples …). The module that
 * owns the records implements it as a bean and publishes {@link RecordsChanged} with its {@link #origin()} when the
 * records change; the risk module then recounts.
 */
public interface DailyCountSource {

    /** Stable code of the series, e.g. {@code COMPLAINT}. */
    String code();

    /** Chinese name, e.g. 投诉举报. */
    String label();

    /** The owning module's noun, as carried by {@link RecordsChanged#origin()}. */
    String origin();

    /** Whether counts carry a population (a failure rate's denominator). */
    default boolean hasPopulation() {
        return false;
    }

    /** Passes every day's count, all days, in no particular order. */
    void forEach(Consumer<DailyCount> sink);

    /**
     * The records counted as cases between two days (inclusive), newest first.
     *
     * @param counties the counties ({@code ""} for none), {@code null} for any
     * @param categories the category codes ({@code ""} for unclassified), {@code null} for any
     */
    java.util.List<CountedRecord> records(
            java.time.LocalDate from,
            java.time.LocalDate to,
            java.util.Collection<String> counties,
            java.util.Collection<String> categories,
            int limit);
}
