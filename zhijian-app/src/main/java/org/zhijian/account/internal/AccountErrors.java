package org.zhijian.account.internal;

import org.zhijian.platform.ErrorCode;

/** Error codes of the account module. */
public final class AccountErrors {

    public static final ErrorCode USERNAME_TAKEN = new ErrorCode("ACCOUNT_001", 409);
    public static final ErrorCode WEAK_PASSWORD = new ErrorCode("ACCOUNT_002", 422);
    public static final ErrorCode BAD_BINDING = new ErrorCode("ACCOUNT_003", 422);
    public static final ErrorCode NOT_FOUND = new ErrorCode("ACCOUNT_004", 404);
    public static final ErrorCode WRONG_PASSWORD = new ErrorCode("ACCOUNT_005", 422);
    public static final ErrorCode BAD_CREDENTIALS = new ErrorCode("ACCOUNT_006", 401);
    public static final ErrorCode LOCKED = new ErrorCode("ACCOUNT_007", 429);
    public static final ErrorCode SLOWED = new ErrorCode("ACCOUNT_010", 429);
    public static final ErrorCode THROTTLED = new ErrorCode("ACCOUNT_011", 429);

    private AccountErrors() {}
}
