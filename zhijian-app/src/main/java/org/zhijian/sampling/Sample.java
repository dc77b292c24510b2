package org.zhijian.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sampling record with its verdict ({@code CONFORMING}, {@code NONCONFORMING}, {@code UNDECIDED} or {@code null}
 * before results), the round that decided it, the report of that round, and every item result of every round.
 */
public record Sample(
        long id,
        String sampleNo,
        long planId,
        String planTitle,
        Long drawId,
        String enterpriseUscc,
        String enterpriseName,
        String countyCode,
        String countyName,
        String categoryCode,
        String sampleName,
        String brand,
        String modelSpec,
        String batchOrDate,
        String quantity,
        String reserveQuantity,
        BigDecimal price,
        PlaceType placeType,
        String manufacturerName,
        String manufacturerUscc,
        String manufacturerRegion,
        List<String> inspectors,
        LocalDate sampledOn,
        String verdict,
        String failureClass,
        Integer verdictRound,
        String reportNo,
        LocalDate reportDate,
        LocalDate notifiedOn,
        List<PlanItem> items,
        List<ItemResult> results) {}
