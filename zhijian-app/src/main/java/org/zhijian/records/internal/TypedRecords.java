package org.zhijian.records.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.KindErrors;
import org.zhijian.records.KindReader;
import org.zhijian.records.KindRecords;
import org.zhijian.records.RecordKind;

/** One kind's records read into its module's type through the engines' registration, classification and reads. */
final class TypedRecords<R> implements KindRecords<R> {

    private final JdbcRecords records;
    private final RecordReads reads;
    private final RecordKind kind;
    private final KindErrors errors;
    private final RowMapper<R> rows;

    TypedRecords(JdbcRecords records, RecordReads reads, RecordKind kind, KindErrors errors, KindReader<R> reader) {
        this.records = records;
        this.reads = reads;
        this.kind = kind;
        this.errors = errors;
        this.rows = reads.typed(reader);
    }

    @Override
    public R register(Map<String, String> fields) {
        return find(records.register(kind, fields, errors.invalid(), errors.duplicate()))
                .orElseThrow();
    }

    @Override
    public R classify(long id, String categoryCode, String hazard) {
        get(id);
        records.classify(kind, id, categoryCode, hazard, errors.invalid());
        return get(id);
    }

    @Override
    public PageResult<R> page(Conditions conditions, PageRequest page) {
        return reads.page(kind, conditions, page, rows);
    }

    @Override
    public Optional<R> find(long id) {
        return reads.one(kind, id, rows);
    }

    @Override
    public R get(long id) {
        return find(id).orElseThrow(() -> new BusinessRuleViolation(errors.notFound(), id));
    }

    @Override
    public R writable(long id) {
        R visible = get(id);
        records.writable(kind, id, errors.notFound());
        return visible;
    }

    @Override
    public Conditions conditions(String q, String region, String enterprise, String category) {
        return reads.conditions(kind, q, region, enterprise, category);
    }
}
