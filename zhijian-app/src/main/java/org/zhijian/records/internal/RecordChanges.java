package org.zhijian.records.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.platform.RecordsChanged;
import org.zhijian.records.RecordKind;

/** Tells the modules counting a kind's records (risk monitoring) that they changed. */
@Component
class RecordChanges {

    private final ApplicationEventPublisher events;

    RecordChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes in a transaction (joined, or its own), so that the event is stored and its listeners run after it. */
    @Transactional
    void changed(RecordKind kind) {
        if (!kind.series().isEmpty()) {
            events.publishEvent(new RecordsChanged(kind.origin()));
        }
    }
}
