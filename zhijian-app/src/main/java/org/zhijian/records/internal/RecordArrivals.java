package org.zhijian.records.internal;

import org.springframework.stereotype.Component;
import org.zhijian.records.RecordKind;

/** What follows the arrival of records, from a file or one by one: linking to the registry, then classification. */
@Component
class RecordArrivals {

    private final RecordLinker linker;
    private final RecordClassifier classifier;

    RecordArrivals(RecordLinker linker, RecordClassifier classifier) {
        this.linker = linker;
        this.classifier = classifier;
    }

    void arrived(RecordKind kind) {
        linker.linkPending(kind);
        classifier.classifyPending(kind);
    }
}
