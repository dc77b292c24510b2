package org.zhijian.recall.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhijian.importing.RecordsImported;

/**
 * After every recall import: link new domestic recalls to the registry, match new foreign ones (the watch), and
 * classify them into product categories.
 */
@Component
class RecallsImported {

    private final RecallLinking linking;
    private final RecallWatch watch;
    private final RecallClassifying classifying;

    RecallsImported(RecallLinking linking, RecallWatch watch, RecallClassifying classifying) {
        this.linking = linking;
        this.watch = watch;
        this.classifying = classifying;
    }

    @EventListener
    void on(RecordsImported event) {
        if (event.kind().equals("recalls")) {
            arrived();
        }
    }

    /** Links, watches and classifies the recalls that arrived since the last time. */
    void arrived() {
        linking.linkPending();
        watch.watch();
        classifying.classifyPending();
    }
}
