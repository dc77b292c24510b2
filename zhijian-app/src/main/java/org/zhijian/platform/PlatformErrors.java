package org.zhijian.platform;

/** Error codes of the platform itself. */
public final class PlatformErrors {

    /** Request parameters failed validation. */
    public static final ErrorCode VALIDATION_FAILED = new ErrorCode("PLATFORM_001", 400);

    /** The requested record does not exist (or is not visible). */
    public static final ErrorCode NOT_FOUND = new ErrorCode("PLATFORM_002", 404);

    /** A malformed request (unreadable body, wrong parameter type). */
    public static final ErrorCode BAD_REQUEST = new ErrorCode("PLATFORM_003", 400);

    private PlatformErrors() {}
}
