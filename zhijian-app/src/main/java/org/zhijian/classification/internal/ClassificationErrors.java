package org.zhijian.classification.internal;

import org.zhijian.platform.ErrorCode;

final class ClassificationErrors {

    static final ErrorCode CODE_EXISTS = new ErrorCode("CLASSIFICATION_001", 409);
    static final ErrorCode PARENT_NOT_FOUND = new ErrorCode("CLASSIFICATION_002", 422);
    static final ErrorCode KIND_REQUIRED = new ErrorCode("CLASSIFICATION_003", 422);
    static final ErrorCode UNKNOWN_LABEL = new ErrorCode("CLASSIFICATION_004", 422);
    static final ErrorCode BAD_TERM = new ErrorCode("CLASSIFICATION_005", 422);
    static final ErrorCode TERM_EXISTS = new ErrorCode("CLASSIFICATION_006", 409);
    static final ErrorCode NO_SUCH_TERM = new ErrorCode("CLASSIFICATION_007", 404);

    private ClassificationErrors() {}
}
