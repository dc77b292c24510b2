package org.zhijian.records;

import org.zhijian.platform.ErrorCode;

/** The failures of the generic record pages and API. */
public final class RecordErrors {

    /** A record's fields are not valid: every problem, listed. */
    public static final ErrorCode INVALID = new ErrorCode("RECORDS_001", 422);
    /** No such kind with generic pages, or no such record in the reader's area. */
    public static final ErrorCode NOT_FOUND = new ErrorCode("RECORDS_002", 404);
    /** A record with the same key exists. */
    public static final ErrorCode DUPLICATE = new ErrorCode("RECORDS_003", 409);

    private RecordErrors() {}
}
