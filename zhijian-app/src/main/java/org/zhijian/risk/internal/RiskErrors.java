package org.zhijian.risk.internal;

import org.zhijian.platform.ErrorCode;

final class RiskErrors {

    static final ErrorCode BAD_PARAMETER = new ErrorCode("RISK_001", 422);
    static final ErrorCode BAD_RANGE = new ErrorCode("RISK_002", 422);
    static final ErrorCode BAD_SERIES = new ErrorCode("RISK_003", 422);

    private RiskErrors() {}
}
