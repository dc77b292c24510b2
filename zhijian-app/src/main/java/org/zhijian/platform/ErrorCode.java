package org.zhijian.platform;

/**
 * A stable business-rule failure code such as {@code ENTERPRISE_001}. Its Chinese text is the message with
 * the same key in {@code messages_zh_CN.properties}; {@link #httpStatus()} is the status the API answers with.
 */
public interface ErrorCode {

    /** The stable code, e.g. {@code ENTERPRISE_001}. */
    String code();

    /** HTTP status for the API (400, 404, 409, 422 ...). */
    int httpStatus();
}
