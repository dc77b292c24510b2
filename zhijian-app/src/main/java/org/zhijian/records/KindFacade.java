package org.zhijian.records;

import java.util.Map;
import java.util.Optional;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;

/**
 * What every kind's facade offers, so that one set of endpoints ({@code records.endpoints}) serves them all:
 * listing, registering and reading records, within the reader's area.
 */
public interface KindFacade<R, Q> {

    /** A page of the kind's list, filtered by the module's query, newest first. */
    PageResult<R> search(Q query, PageRequest page);

    /** Records one from its fields (the import template's column keys); audited when the kind is. */
    R register(Map<String, String> fields);

    /** A record the reader may see. */
    Optional<R> find(long id);

    /** A record the reader may see, or not found (404). */
    default R get(long id) {
        return find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }
}
