package org.zhijian.sampling;

/** A sample's verdict became conforming (after a first test or a re-test). */
public record InspectionPassed(
        long recordId, String sampleNo, String enterpriseUscc, String categoryCode, String countyCode, int round) {}
