package org.zhijian.region.web;

import org.zhijian.platform.ErrorCode;

enum RegionErrors implements ErrorCode {
    UNKNOWN_LEVEL("REGION_001", 400);

    private final String code;
    private final int httpStatus;

    RegionErrors(String code, int httpStatus) {
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
