package org.zhijian.classification.internal;

import org.zhijian.platform.ErrorCode;

enum ClassificationErrors implements ErrorCode {
    CODE_EXISTS("CLASSIFICATION_001", 409),
    PARENT_NOT_FOUND("CLASSIFICATION_002", 422);

    private final String code;
    private final int httpStatus;

    ClassificationErrors(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }
}
