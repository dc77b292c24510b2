package org.zhijian.platform;

import java.util.Objects;

/**
 * A stable business-rule failure code such as {@code ENTERPRISE_001}. Its Chinese text is the message with the
 * same key in {@code messages_zh_CN.properties}; {@link #httpStatus()} is the status the API answers with.
 * Modules declare their codes as constants.
 *
 * @param code the stable code, e.g. {@code ENTERPRISE_001}
 * @param httpStatus HTTP status for the API (400, 404, 409, 422 …)
 */
public record ErrorCode(String code, int httpStatus) {

    public ErrorCode {
        Objects.requireNonNull(code, "code");
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus must be an error status: " + httpStatus);
        }
    }
}
