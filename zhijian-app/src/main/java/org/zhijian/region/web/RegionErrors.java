package org.zhijian.region.web;

import org.zhijian.platform.ErrorCode;

final class RegionErrors {

    static final ErrorCode UNKNOWN_LEVEL = new ErrorCode("REGION_001", 400);
    static final ErrorCode UNKNOWN_CODE = new ErrorCode("REGION_002", 400);

    private RegionErrors() {}
}
