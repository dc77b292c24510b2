package org.zhijian.sampling.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.records.Credited;
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
            .credited(Credited.of(
                            "case verdict when 'NONCONFORMING' then 'SAMPLE_FAILED' else 'SAMPLE_PASSED' end",
                            "sample_no",
                            "coalesce(report_date, sampled_on)",
                            "sample_name || case verdict when 'NONCONFORMING' then '：不合格' else '：合格' end"
                                    + " || coalesce('（' || failure_class || ' 类不合格）', '')")
                    .where("verdict in ('CONFORMING', 'NONCONFORMING')")
                    .by("(select p.organizer_region from sampling_plan p where p.id = plan_id)"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(6)
    RecordKind sampleRecordKind() {
        return KIND;
    }
}
