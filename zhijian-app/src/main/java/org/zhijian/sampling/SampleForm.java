package org.zhijian.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sampling record (抽样单) as entered by the inspectors.
 *
 * @param planId the plan
 * @param drawId the confirmed draw it comes from, if any
 * @param sampleNo the sample number; generated when blank
 * @param enterpriseUscc the sampled enterprise (producer, seller or online shop operator)
 * @param categoryCode product category, one of the plan's
 * @param sampleName product name
 * @param brand brand (商标)
 * @param modelSpec model or specification
 * @param batchOrDate batch number or production date as marked
 * @param quantity quantity taken for testing, e.g. 2 件
 * @param reserveQuantity reserve sample (备样) kept, e.g. 1 件
 * @param price unit price paid, yuan
 * @param placeType where it was taken
 * @param manufacturerName the named manufacturer (标称生产者); may differ from the sampled enterprise
 * @param manufacturerUscc its credit code when known
 * @param manufacturerRegion its region (may be outside Hunan, free text)
 * @param inspectors user names of the inspectors (at least two)
 * @param sampledOn sampling date
 */
public record SampleForm(
        Long planId,
        Long drawId,
        String sampleNo,
        String enterpriseUscc,
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
        LocalDate sampledOn) {}
