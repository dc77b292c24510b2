package org.zhijian.recall.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhijian.importing.RecordsImported;

/** After every recall import: link new domestic recalls to the registry, then match new foreign ones (the watch). */
@Component
class RecallsImported {

    private final RecallLinking linking;
    private final RecallWatch watch;

    RecallsImported(RecallLinking linking, RecallWatch watch) {
        this.linking = linking;
        this.watch = watch;
    }

    @EventListener
    void on(RecordsImported event) {
        if (event.kind().equals("recalls")) {
            linking.linkPending();
            watch.watch();
        }
    }
}
