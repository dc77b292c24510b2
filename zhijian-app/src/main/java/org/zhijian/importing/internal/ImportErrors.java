package org.zhijian.importing.internal;

import org.zhijian.platform.ErrorCode;

enum ImportErrors implements ErrorCode {
    UNKNOWN_KIND("IMPORT_001", 404),
    NO_FILE("IMPORT_002", 400),
    REPORT_NOT_FOUND("IMPORT_003", 404);

    private final String code;
    private final int httpStatus;

    ImportErrors(String code, int httpStatus) {
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
