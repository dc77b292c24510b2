package org.zhijian.recall.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CountedTable;

/** Foreign recalls and alerts per day, category and (when linked to a Hunan enterprise) county (series FOREIGN_RECALL). */
@Component
class ForeignRecallCounts extends CountedTable {

    ForeignRecallCounts(JdbcClient jdbc) {
        super(
                jdbc,
                new Definition(
                        "FOREIGN_RECALL",
                        "境外召回",
                        "recall",
                        "recall",
                        "recalled_on",
                        "source <> 'DOMESTIC'",
                        "count(*)",
                        "0",
                        "source <> 'DOMESTIC'",
                        "source || ' ' || reference",
                        "product",
                        "/recalls/"));
    }
}
