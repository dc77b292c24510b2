package org.zhijian.credit.internal;

import org.zhijian.platform.ErrorCode;

/** The credit module's failure codes; their texts are in the messages. */
public final class CreditErrors {

    public static final ErrorCode NOT_FOUND = new ErrorCode("CREDIT_001", 404);
    public static final ErrorCode BAD_MONTH = new ErrorCode("CREDIT_002", 422);
    public static final ErrorCode BAD_SCHEME = new ErrorCode("CREDIT_003", 422);
    public static final ErrorCode NO_SCHEME = new ErrorCode("CREDIT_004", 404);
    public static final ErrorCode BAD_FILE = new ErrorCode("CREDIT_005", 422);

    private CreditErrors() {}
}
