package org.zhijian.sampling.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CountedTable;

/** Non-conforming samples per day of verdict (report date, else sampling date), county and category, with the samples decided as population: the failure rate (series SAMPLE_FAILED). */
@Component
class FailedSampleCounts extends CountedTable {

    FailedSampleCounts(JdbcClient jdbc) {
        super(
                jdbc,
                new Definition(
                        "SAMPLE_FAILED",
                        "抽检不合格",
                        "sampling",
                        "sampling_record",
                        "coalesce(report_date, sampled_on)",
                        "verdict in ('CONFORMING', 'NONCONFORMING')",
                        "count(*) filter (where verdict = 'NONCONFORMING')",
                        "count(*)",
                        "verdict = 'NONCONFORMING'",
                        "sample_no",
                        "sample_name",
                        "/sampling/records/"));
    }
}
