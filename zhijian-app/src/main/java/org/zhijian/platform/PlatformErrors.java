package org.zhijian.platform;

/** Error codes of the platform itself. */
public enum PlatformErrors implements ErrorCode {
    /** Request parameters failed validation. */
    VALIDATION_FAILED("PLATFORM_001", 400),
    /** The requested record does not exist (or is not visible). */
    NOT_FOUND("PLATFORM_002", 404),
    /** A malformed request (unreadable body, wrong parameter type). */
    BAD_REQUEST("PLATFORM_003", 400),
    /** An unexpected server error. */
    INTERNAL("PLATFORM_004", 500);

    private final String code;
    private final int httpStatus;

    PlatformErrors(String code, int httpStatus) {
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
