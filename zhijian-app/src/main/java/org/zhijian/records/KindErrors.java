package org.zhijian.records;

import org.zhijian.platform.ErrorCode;

/**
 * A kind's own error codes (e.g. {@code INJURY_001…003}), with their Chinese text in the messages.
 *
 * @param invalid a record whose fields break the kind's rules, or an unknown category or hazard type
 * @param duplicate a record whose key is already held
 * @param notFound no record with that id within the reader's area
 */
public record KindErrors(ErrorCode invalid, ErrorCode duplicate, ErrorCode notFound) {

    /** {@code PREFIX_001} (422), {@code PREFIX_002} (409) and {@code PREFIX_003} (404). */
    public static KindErrors numbered(String prefix) {
        return new KindErrors(
                new ErrorCode(prefix + "_001", 422),
                new ErrorCode(prefix + "_002", 409),
                new ErrorCode(prefix + "_003", 404));
    }
}
