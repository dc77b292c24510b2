package org.zhijian.records;

import java.util.Optional;

/**
 * A check across fields of one record, run on the values read so far (a field that could not be read is
 * {@code null}), e.g. "the publicity period does not end before the decision".
 */
@FunctionalInterface
public interface RowRule {

    /** A problem with one field. */
    record Problem(String field, String message) {}

    Optional<Problem> check(StoredRow row);
}
