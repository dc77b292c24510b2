package org.zhijian.records.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
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

    /**
     * After an import of a record kind has committed: its new records are linked and classified, in a transaction
     * of their own, before the import returns (so the importer sees them linked). The event is stored with the
     * import; a reaction cut short by a stop runs again at the next start, and running it again is harmless (only
     * records not yet looked at are).
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void imported(RecordsImported event) {
        kinds.find(event.kind()).filter(RecordKind::imported).ifPresent(arrivals::arrived);
    }
}
