package org.zhijian.records;

import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of a kind's facade that every kind shares — registration, reading one record, an officer's
 * classification — for the module's facade implementation to extend; the module adds its lists' own filters
 * through {@link #records} and its workflow.
 */
public abstract class RecordsFacade<R, Q> implements ClassifiedKindFacade<R, Q> {

    /** The kind's records as the module's type. */
    protected final KindRecords<R> records;

    protected RecordsFacade(RecordManagement records, RecordKind kind, KindErrors errors, KindReader<R> reader) {
        this.records = records.typed(kind, errors, reader);
    }

    @Override
    @Transactional
    public R register(Map<String, String> fields) {
        return records.register(fields);
    }

    @Override
    public Optional<R> find(long id) {
        return records.find(id);
    }

    @Override
    @Transactional
    public R classify(long id, String categoryCode, String hazard) {
        return records.classify(id, categoryCode, hazard);
    }
}
