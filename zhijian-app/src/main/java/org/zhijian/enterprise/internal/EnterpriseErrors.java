package org.zhijian.enterprise.internal;

import org.zhijian.platform.ErrorCode;

/** Error codes of the enterprise module. */
public enum EnterpriseErrors implements ErrorCode {
    ALREADY_REGISTERED("ENTERPRISE_001", 409),
    NOT_FOUND("ENTERPRISE_002", 404),
    INVALID_FIELDS("ENTERPRISE_003", 422);

    private final String code;
    private final int httpStatus;

    EnterpriseErrors(String code, int httpStatus) {
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
