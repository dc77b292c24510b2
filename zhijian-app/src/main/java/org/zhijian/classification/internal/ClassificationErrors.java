package org.zhijian.classification.internal;

import org.zhijian.platform.ErrorCode;

final class ClassificationErrors {

    static final ErrorCode CODE_EXISTS = new ErrorCode("CLASSIFICATION_001", 409);
    static final ErrorCode PARENT_NOT_FOUND = new ErrorCode("CLASSIFICATION_002", 422);
    static final ErrorCode KIND_REQUIRED = new ErrorCode("CLASSIFICATION_003", 422);

    private ClassificationErrors() {}
}
