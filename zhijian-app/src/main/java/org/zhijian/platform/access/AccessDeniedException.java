package org.zhijian.platform.access;

import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;

/** The actor may not perform this action on this record (HTTP 403, {@code ACCESS_001}). */
public class AccessDeniedException extends BusinessRuleViolation {

    public static final ErrorCode FORBIDDEN = new ErrorCode("ACCESS_001", 403);

    public AccessDeniedException() {
        super(FORBIDDEN);
    }
}
