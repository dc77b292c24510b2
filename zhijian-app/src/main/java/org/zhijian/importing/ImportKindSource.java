package org.zhijian.importing;

import java.util.List;

/**
 * A bean that offers import kinds made at run time rather than declared one bean each (the record kinds' imports,
 * one per registered {@code RecordKind}); the importing module offers them beside the {@link ImportKind} beans.
 */
public interface ImportKindSource {

    List<ImportKind> importKinds();
}
