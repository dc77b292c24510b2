package org.zhijian.platform;

import java.util.Arrays;
import java.util.Objects;

/** A business rule was broken. Carries a stable {@link ErrorCode} and the arguments of its message. */
public class BusinessRuleViolation extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final transient Object[] arguments;

    public BusinessRuleViolation(ErrorCode errorCode, Object... arguments) {
        super(errorCode.code() + " " + Arrays.toString(arguments));
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.arguments = arguments.clone();
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
