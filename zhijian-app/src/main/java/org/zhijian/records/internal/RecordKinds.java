package org.zhijian.records.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhijian.records.RecordKind;

/** The registered record kinds (every {@link RecordKind} bean), in bean order. */
@Component
class RecordKinds {

    private final List<RecordKind> all;

    RecordKinds(List<RecordKind> kinds) {
        this.all = List.copyOf(kinds);
        long keys = all.stream().map(RecordKind::key).distinct().count();
        if (keys != all.size()) {
            throw new IllegalStateException("two record kinds share a key");
        }
    }

    List<RecordKind> all() {
        return all;
    }

    Optional<RecordKind> find(String key) {
        return all.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    List<RecordKind> classified() {
        return all.stream().filter(k -> k.classified().isPresent()).toList();
    }
}
