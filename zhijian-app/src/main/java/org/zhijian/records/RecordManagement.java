package org.zhijian.records;

import java.util.List;
import java.util.Map;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The records module's API: what the owning modules ask of the engines for one of their kinds. */
public interface RecordManagement {

    /** Every registered kind, in a stable order. */
    List<RecordKind> kinds();

    /**
     * Registers one record from a form or an API request, checked as a file row is: invalid fields are refused with
     * {@code invalid} (every problem listed), a record outside the actor's area with 403, an existing key with
     * {@code duplicate}. The new record is linked and classified at once; returns its id.
     */
    long register(RecordKind kind, Map<String, String> fields, ErrorCode invalid, ErrorCode duplicate);

    /**
     * Stores an officer's category and hazard type for a record (scope and audit are the caller's); a blank value
     * goes back to the classifier, which runs at once. Refused with {@code invalid} for an unknown category or hazard.
     */
    ClassifiedAs classify(RecordKind kind, long id, String categoryCode, String hazard, ErrorCode invalid);

    /**
     * Records of the kind arrived by other ways than its import or {@link #register} (a kind with its own import
     * formats): they are linked to the registry and classified, as the kind declares.
     */
    void arrived(RecordKind kind);

    /**
     * The records of every kind that declares how it shows as a hit ({@link Hit}) whose words contain all of
     * {@code q}'s, within the reader's area (or for everyone, as the kind declares): per kind the total and the
     * first {@code limit}, in kind order.
     */
    List<Hits> search(String q, int limit);

    /**
     * A page of an enterprise's records of a kind that declares a {@link Timeline}, newest first, within the reader's
     * area (or for everyone, as the kind declares).
     */
    PageResult<TimelineEntry> ofEnterprise(RecordKind kind, String uscc, PageRequest page);

    /** The same for the records filed under product categories ({@code codes}: a category and its sub-categories). */
    PageResult<TimelineEntry> ofCategories(RecordKind kind, List<String> codes, PageRequest page);

    /** The kind with this key. */
    java.util.Optional<RecordKind> kind(String key);

    /** A page of a kind's records, newest first, within the reader's area (or for everyone, as declared). */
    PageResult<RecordRow> list(RecordKind kind, RecordFilter filter, PageRequest page);

    /** One record of a kind, if the reader may see it. */
    java.util.Optional<RecordRow> find(RecordKind kind, long id);

    /**
     * The kind's records as its module's own type, read by {@code reader}, with the kind's own error codes: the
     * registration, classification and reads every kind's facade shares.
     */
    <R> KindRecords<R> typed(RecordKind kind, KindErrors errors, KindReader<R> reader);

    /** Counts derived from the kind's records are out of date (records were added, reclassified or moved on). */
    void changed(RecordKind kind);
}
