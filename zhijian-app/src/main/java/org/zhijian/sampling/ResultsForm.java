package org.zhijian.sampling;

import java.time.LocalDate;
import java.util.Map;

/**
 * The results of one testing round of one sample as a laboratory reports them.
 *
 * @param round 1 for the first test, 2 for the re-test
 * @param reportNo report number
 * @param reportDate report date
 * @param measured measured value (as written in the report) by plan item id; blank items are not entered
 */
public record ResultsForm(Integer round, String reportNo, LocalDate reportDate, Map<Long, String> measured) {}
