package org.zhijian.sampling;

/** A sample's verdict became non-conforming (after a first test or a re-test). */
public record InspectionFailed(
        long recordId,
        String sampleNo,
        String enterpriseUscc,
        String categoryCode,
        String countyCode,
        int round,
        String failureClass) {}
