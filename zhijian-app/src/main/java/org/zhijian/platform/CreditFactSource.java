package org.zhijian.platform;

import java.util.function.Consumer;

/**
 * Records of one kind that make credit facts (samples, penalty decisions, complaints …). The module that owns the
 * records implements it as a bean (or offers it through {@link CreditFactSources}) and publishes
 * {@link RecordsChanged} with its {@link #origin()} when they change; the credit module then re-reads the source.
 */
public interface CreditFactSource {

    /** Stable code of the source, e.g. {@code cases}. */
    String code();

    /** Chinese name, e.g. 行政处罚. */
    String label();

    /** The owning module's noun, as carried by {@link RecordsChanged#origin()}. */
    String origin();

    /** Passes every fact of the source about a registered (linked) enterprise, in no particular order. */
    void forEach(Consumer<CreditFact> sink);
}
