package org.zhijian.enterprise.internal;

import org.zhijian.platform.ErrorCode;

/** Error codes of the enterprise module. */
public final class EnterpriseErrors {

    public static final ErrorCode ALREADY_REGISTERED = new ErrorCode("ENTERPRISE_001", 409);
    public static final ErrorCode NOT_FOUND = new ErrorCode("ENTERPRISE_002", 404);
    public static final ErrorCode INVALID_FIELDS = new ErrorCode("ENTERPRISE_003", 422);

    private EnterpriseErrors() {}
}
