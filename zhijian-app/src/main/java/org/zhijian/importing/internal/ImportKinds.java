package org.zhijian.importing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportKindSource;

/** Every import kind: the {@link ImportKind} beans, then those the {@link ImportKindSource}s offer. */
@Component
class ImportKinds {

    private final List<ImportKind> all;
    private final Map<String, ImportKind> byKey;

    ImportKinds(List<ImportKind> kinds, List<ImportKindSource> sources) {
        List<ImportKind> list = new ArrayList<>(kinds);
        sources.forEach(s -> list.addAll(s.importKinds()));
        this.all = List.copyOf(list);
        this.byKey = all.stream().collect(Collectors.toMap(ImportKind::key, Function.identity()));
    }

    List<ImportKind> all() {
        return all;
    }

    Optional<ImportKind> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    String label(String key) {
        return find(key).map(ImportKind::label).orElse(key);
    }
}
