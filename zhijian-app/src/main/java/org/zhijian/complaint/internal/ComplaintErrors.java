package org.zhijian.complaint.internal;

import org.zhijian.platform.ErrorCode;

final class ComplaintErrors {

    static final ErrorCode INVALID = new ErrorCode("COMPLAINT_001", 422);
    static final ErrorCode NOT_FOUND = new ErrorCode("COMPLAINT_002", 404);
    static final ErrorCode DUPLICATE = new ErrorCode("COMPLAINT_003", 409);
    static final ErrorCode TRANSITION = new ErrorCode("COMPLAINT_004", 409);

    private ComplaintErrors() {}
}
