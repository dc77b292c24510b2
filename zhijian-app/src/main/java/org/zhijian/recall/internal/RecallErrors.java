package org.zhijian.recall.internal;

import org.zhijian.platform.ErrorCode;

final class RecallErrors {

    static final ErrorCode NOT_FOUND = new ErrorCode("RECALL_001", 404);
    static final ErrorCode NOT_DOMESTIC = new ErrorCode("RECALL_002", 409);
    static final ErrorCode NO_SUCH_ENTERPRISE = new ErrorCode("RECALL_003", 422);
    static final ErrorCode BAD_WATCH_STATUS = new ErrorCode("RECALL_004", 400);
    static final ErrorCode INVALID = new ErrorCode("RECALL_005", 422);
    static final ErrorCode DUPLICATE = new ErrorCode("RECALL_006", 409);

    private RecallErrors() {}
}
