package org.zhijian.sampling.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Series;

/**
 * What is generic about a sample: non-conforming samples per day of verdict (report date, else sampling date),
 * county and category, with the samples decided as the population — the failure rate (series SAMPLE_FAILED).
 * Samples and results have their own imports and workflow.
 */
@Configuration(proxyBeanMethods = false)
class SampleKind {

    static final RecordKind KIND = RecordKind.builder("samples", "抽样单")
            .storedIn("sampling", "sampling_record")
            .page("/sampling/records/")
            .counted(
                    Series.of("SAMPLE_FAILED", "抽检不合格", "coalesce(report_date, sampled_on)", "sample_no", "sample_name")
                            .rate("verdict in ('CONFORMING', 'NONCONFORMING')", "verdict = 'NONCONFORMING'"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(6)
    RecordKind sampleRecordKind() {
        return KIND;
    }
}
