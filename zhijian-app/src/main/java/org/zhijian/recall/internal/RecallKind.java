package org.zhijian.recall.internal;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.recall.RecallSource;
import org.zhijian.records.Credited;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Series;
import org.zhijian.records.Timeline;

/**
 * What is generic about a recall: its product and the source's category, hazard and description are classified,
 * and foreign recalls and alerts count per day as the series FOREIGN_RECALL. Recalls have their own import formats
 * ({@link RecallImportKind}) and their own linking with candidates ({@link RecallLinking}); every reader sees
 * every recall.
 */
@Configuration(proxyBeanMethods = false)
class RecallKind {

    private static final String SOURCE_LABEL = "case source "
            + Arrays.stream(RecallSource.values())
                    .map(s -> "when '" + s.name() + "' then '" + s.label() + "'")
                    .collect(Collectors.joining(" "))
            + " end";

    static final RecordKind KIND = RecordKind.builder("recalls", "召回")
            .storedIn("recall", "recall")
            .page("/recalls/")
            .classifiedBy(
                    "product",
                    "concat_ws('。', nullif(product_category, ''), nullif(hazard, ''), nullif(hazard_category, ''),"
                            + " nullif(description, ''))")
            .counted(Series.of("FOREIGN_RECALL", "境外召回", "recalled_on", "source || ' ' || reference", "product")
                    .only("source <> 'DOMESTIC'"))
            .shownAs(
                    "product || '（' || reference || '）'",
                    "concat_ws(' · ', " + SOURCE_LABEL + ", recalled_on, hazard)",
                    "recalled_on desc, id desc")
            .onTimeline(Timeline.of(
                            "召回", "recalled_on", "product || '（' || reference || '）'", Timeline.abbreviated("hazard"))
                    .orderedBy("recalled_on desc, id desc")
                    .ofEnterpriseWhere("manufacturer_uscc = :uscc and link_status in ('LINKED', 'MATCHED')"))
            .visibleToAll()
            .credited(Credited.of(
                            "case source when 'DOMESTIC' then 'RECALL' else 'FOREIGN_RECALL' end",
                            "source || ' ' || reference",
                            "recalled_on",
                            "product || coalesce('：' || nullif(hazard, ''), '')")
                    .where("manufacturer_uscc is not null and link_status in ('LINKED', 'MATCHED')")
                    .uscc("manufacturer_uscc")
                    .by("coalesce(county_code, '')"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(2)
    RecordKind recallRecordKind() {
        return KIND;
    }
}
