package org.zhijian.records.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportKindSource;
import org.zhijian.importing.RecordsImported;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.RecordCheck;
import org.zhijian.records.RecordKind;

/** One file import per record kind with fields; after an import, its records are linked and classified. */
@Component
class RecordImports implements ImportKindSource {

    private final List<ImportKind> imports;
    private final RecordKinds kinds;
    private final RecordArrivals arrivals;

    RecordImports(RecordKinds kinds, RegistryLookups lookups, CurrentActor currentActor, RecordArrivals arrivals) {
        this.kinds = kinds;
        this.arrivals = arrivals;
        RecordCheck check = new RecordCheck(lookups, LocalDate::now);
        this.imports = kinds.all().stream()
                .filter(RecordKind::imported)
                .<ImportKind>map(k -> new RecordImport(k, check, currentActor))
                .toList();
    }

    @Override
    public List<ImportKind> importKinds() {
        return imports;
    }

    /** After an import of a record kind: its new records are linked and classified. */
    @EventListener
    void imported(RecordsImported event) {
        kinds.find(event.kind()).filter(RecordKind::imported).ifPresent(arrivals::arrived);
    }
}
