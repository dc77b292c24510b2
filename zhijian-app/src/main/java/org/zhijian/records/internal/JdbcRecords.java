package org.zhijian.records.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.Checked;
import org.zhijian.records.Field;
import org.zhijian.records.Hits;
import org.zhijian.records.KindErrors;
import org.zhijian.records.KindReader;
import org.zhijian.records.KindRecords;
import org.zhijian.records.RecordCheck;
import org.zhijian.records.RecordFilter;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordRow;
import org.zhijian.records.StoredRow;
import org.zhijian.records.TimelineEntry;

/** Registers single records of a kind, checked as file rows are, and passes officers' classifications on. */
@Service
class JdbcRecords implements RecordManagement {

    private final JdbcClient jdbc;
    private final RecordKinds kinds;
    private final RecordCheck check;
    private final CurrentActor currentActor;
    private final RecordArrivals arrivals;
    private final RecordClassifier classifier;
    private final RecordChanges changes;
    private final RecordSearch search;
    private final RecordTimeline timeline;
    private final RecordReads reads;
    private final AuditTrail audit;

    JdbcRecords(
            JdbcClient jdbc,
            RecordKinds kinds,
            RegistryLookups lookups,
            CurrentActor currentActor,
            RecordArrivals arrivals,
            RecordClassifier classifier,
            RecordChanges changes,
            RecordSearch search,
            RecordTimeline timeline,
            RecordReads reads,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.check = new RecordCheck(lookups, LocalDate::now);
        this.currentActor = currentActor;
        this.arrivals = arrivals;
        this.classifier = classifier;
        this.changes = changes;
        this.search = search;
        this.timeline = timeline;
        this.reads = reads;
        this.audit = audit;
    }

    @Override
    public List<RecordKind> kinds() {
        return kinds.all();
    }

    @Override
    public long register(RecordKind kind, Map<String, String> fields, ErrorCode invalid, ErrorCode duplicate) {
        Checked checked = check.check(kind, 1, fields);
        if (checked instanceof Checked.Invalid problems) {
            throw new BusinessRuleViolation(
                    invalid,
                    String.join(
                            "；",
                            problems.errors().stream()
                                    .map(p -> p.column() + "：" + p.message())
                                    .toList()));
        }
        StoredRow row = ((Checked.Valid) checked).row();
        currentActor.get().checkWrite(row.text("county_code"), row.text("prefecture_code"), null);
        String key = row.text(kind.keyField());
        if (jdbc.sql("select count(*) from " + kind.table() + " where " + kind.keyField() + " = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new BusinessRuleViolation(duplicate, key);
        }
        long id = insert(kind, row, currentActor.get().username());
        arrivals.arrived(kind);
        kind.auditAction()
                .ifPresent(action -> audit.record(AuditEntry.of(
                        action + "_REGISTER",
                        kind.table(),
                        Long.toString(id),
                        "登记" + kind.label() + " " + row.text(kind.auditedBy()))));
        return id;
    }

    private long insert(RecordKind kind, StoredRow row, String by) {
        Map<String, Object> params = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Field.Column c : kind.columns()) {
            params.put("p" + names.size(), row.get(c.name()));
            values.add("cast(:p" + names.size() + " as " + c.sqlType() + ")");
            names.add(c.name());
        }
        params.put("by", by);
        return jdbc.sql("insert into " + kind.table() + " (" + String.join(", ", names) + ", created_by) values ("
                        + String.join(", ", values) + ", :by) returning id")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Also checks that the record lies in the actor's area, and audits the change with both classifications. */
    @Override
    public ClassifiedAs classify(RecordKind kind, long id, String categoryCode, String hazard, ErrorCode invalid) {
        RecordRow before = writable(kind, id, invalid);
        ClassifiedAs now = classifier.classify(kind, id, categoryCode, hazard, invalid);
        kind.auditAction()
                .ifPresent(action -> audit.record(new AuditEntry(
                        action + "_CLASSIFY",
                        kind.table(),
                        Long.toString(id),
                        kind.label() + " " + before.text(kind.auditedBy()) + " 的分类改为 " + now.categoryCode() + " / "
                                + now.hazardCode(),
                        ClassifiedAs.stored(
                                (String) before.get("category_code"),
                                (String) before.get("category_source"),
                                (String) before.get("hazard_code"),
                                (String) before.get("hazard_source")),
                        now)));
        return now;
    }

    /** The stored record, if the actor may change records of its county (403 otherwise). */
    RecordRow writable(RecordKind kind, long id, ErrorCode notFound) {
        RecordRow row = reads.stored(kind, id).orElseThrow(() -> new BusinessRuleViolation(notFound, id));
        currentActor.get().checkWrite(row.text("county_code"), row.text("prefecture_code"), null);
        return row;
    }

    @Override
    public List<Hits> search(String q, int limit) {
        return search.search(q, limit);
    }

    @Override
    public PageResult<TimelineEntry> ofEnterprise(RecordKind kind, String uscc, PageRequest page) {
        return timeline.ofEnterprise(kind, uscc, page);
    }

    @Override
    public PageResult<TimelineEntry> ofCategories(RecordKind kind, List<String> codes, PageRequest page) {
        return timeline.ofCategories(kind, codes, page);
    }

    @Override
    public Optional<RecordKind> kind(String key) {
        return kinds.find(key);
    }

    @Override
    public PageResult<RecordRow> list(RecordKind kind, RecordFilter filter, PageRequest page) {
        return reads.list(kind, filter, page);
    }

    @Override
    public Optional<RecordRow> find(RecordKind kind, long id) {
        return reads.find(kind, id);
    }

    @Override
    public <R> KindRecords<R> typed(RecordKind kind, KindErrors errors, KindReader<R> reader) {
        return new TypedRecords<>(this, reads, kind, errors, reader);
    }

    @Override
    public void arrived(RecordKind kind) {
        arrivals.arrived(kind);
    }

    @Override
    public void changed(RecordKind kind) {
        changes.changed(kind);
    }
}
