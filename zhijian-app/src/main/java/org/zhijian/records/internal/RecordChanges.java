package org.zhijian.records.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhijian.platform.RecordsChanged;
import org.zhijian.records.RecordKind;

/** Tells the modules counting a kind's records (risk monitoring) that they changed. */
@Component
class RecordChanges {

    private final ApplicationEventPublisher events;

    RecordChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    void changed(RecordKind kind) {
        if (!kind.series().isEmpty()) {
            events.publishEvent(new RecordsChanged(kind.origin()));
        }
    }
}
