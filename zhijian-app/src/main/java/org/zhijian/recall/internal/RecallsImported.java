package org.zhijian.recall.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhijian.importing.RecordsImported;
import org.zhijian.records.RecordManagement;

/**
 * After every recall import: link new domestic recalls to the registry, match new foreign ones (the watch), and
 * classify them into product categories.
 */
@Component
class RecallsImported {

    private final RecallLinking linking;
    private final RecallWatch watch;
    private final RecordManagement records;

    RecallsImported(RecallLinking linking, RecallWatch watch, RecordManagement records) {
        this.linking = linking;
        this.watch = watch;
        this.records = records;
    }

    @TransactionalEventListener
    void on(RecordsImported event) {
        if (event.kind().equals("recalls")) {
            arrived();
        }
    }

    /** Links, watches and classifies the recalls that arrived since the last time. */
    void arrived() {
        linking.linkPending();
        watch.watch();
        records.arrived(RecallKind.KIND);
    }
}
