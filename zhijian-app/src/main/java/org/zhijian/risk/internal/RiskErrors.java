package org.zhijian.risk.internal;

import org.zhijian.platform.ErrorCode;

final class RiskErrors {

    static final ErrorCode BAD_PARAMETER = new ErrorCode("RISK_001", 422);
    static final ErrorCode BAD_RANGE = new ErrorCode("RISK_002", 422);
    static final ErrorCode BAD_SERIES = new ErrorCode("RISK_003", 422);
    static final ErrorCode BAD_WEEK = new ErrorCode("RISK_004", 422);
    static final ErrorCode NOT_FOUND = new ErrorCode("RISK_005", 404);
    static final ErrorCode INVALID = new ErrorCode("RISK_006", 422);
    static final ErrorCode STATE = new ErrorCode("RISK_007", 409);

    private RiskErrors() {}
}
