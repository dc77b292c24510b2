package org.zhijian.sampling.internal;

import org.zhijian.platform.ErrorCode;

/** Error codes of the sampling module (texts in messages_zh_CN.properties). */
public final class SamplingErrors {

    public static final ErrorCode PLAN_NOT_FOUND = new ErrorCode("SAMPLING_001", 404);
    public static final ErrorCode INVALID = new ErrorCode("SAMPLING_002", 422);
    public static final ErrorCode REGION_OUTSIDE = new ErrorCode("SAMPLING_003", 422);
    public static final ErrorCode DRAW_NOT_FOUND = new ErrorCode("SAMPLING_004", 404);
    public static final ErrorCode DRAW_DECIDED = new ErrorCode("SAMPLING_005", 409);
    public static final ErrorCode PLAN_CONFIRMED = new ErrorCode("SAMPLING_006", 409);
    public static final ErrorCode TOO_FEW_INSPECTORS = new ErrorCode("SAMPLING_007", 422);
    public static final ErrorCode TEMPLATE_EXISTS = new ErrorCode("SAMPLING_008", 409);
    public static final ErrorCode BATCH_EXISTS = new ErrorCode("SAMPLING_009", 409);
    public static final ErrorCode NOTHING_TO_DRAW = new ErrorCode("SAMPLING_010", 422);
    public static final ErrorCode SAMPLE_NO_EXISTS = new ErrorCode("SAMPLING_011", 409);
    public static final ErrorCode SAMPLE_NOT_FOUND = new ErrorCode("SAMPLING_012", 404);
    public static final ErrorCode OBJECTION_LATE = new ErrorCode("SAMPLING_013", 422);
    public static final ErrorCode RETEST_NOT_ACCEPTED = new ErrorCode("SAMPLING_014", 422);

    private SamplingErrors() {}
}
