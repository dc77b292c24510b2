package org.zhijian.sampling;

import java.time.LocalDate;

/** A line of the sampling record list. */
public record SampleSummary(
        long id,
        String sampleNo,
        long planId,
        String enterpriseUscc,
        String enterpriseName,
        String countyName,
        String categoryCode,
        String sampleName,
        String brand,
        PlaceType placeType,
        LocalDate sampledOn,
        String verdict,
        String failureClass) {

    /** The verdict, {@code PENDING} while no result is in. */
    public String verdictCode() {
        return verdict == null ? "PENDING" : verdict;
    }
}
