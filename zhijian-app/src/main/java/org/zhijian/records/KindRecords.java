package org.zhijian.records;

import java.util.Map;
import java.util.Optional;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/**
 * One kind's records as its module's own type: what every kind's facade does the same way, so that the module
 * writes only its own filters and workflow. Reads and writes stay within the reader's area (or everyone's, as the
 * kind declares). Obtained from {@link RecordManagement#typed}.
 */
public interface KindRecords<R> {

    /**
     * Registers one record from a form or an API request, checked as a file row is (every problem listed), linked
     * and classified at once; a record outside the actor's area is refused with 403, an existing key with the
     * kind's duplicate code.
     */
    R register(Map<String, String> fields);

    /**
     * Stores an officer's category and hazard type (code or name; blank hands it back to the classifier) for a
     * record the officer may change; audited when the kind is.
     */
    R classify(long id, String categoryCode, String hazard);

    /** A page of the records meeting the conditions, in the kind's list order. */
    PageResult<R> page(Conditions conditions, PageRequest page);

    /** A record the reader may see. */
    Optional<R> find(long id);

    /** A record the reader may see, or the kind's not-found error. */
    R get(long id);

    /** A record the reader may see and change (its county lies in the actor's write area), else 404 or 403. */
    R writable(long id);

    /**
     * The conditions every list of the kind shares, for the module's own query: the reader's area (or everyone, as
     * declared), then — each only when given — a region, the linked enterprise, a product category with its
     * sub-categories, and words of the record's searchable text. The module adds its own filters.
     */
    Conditions conditions(String q, String region, String enterprise, String category);
}
