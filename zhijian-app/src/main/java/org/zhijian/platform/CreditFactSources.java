package org.zhijian.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A bean that offers {@link CreditFactSource}s made at run time (those the record kinds declare) rather than one bean
 * each; the credit module reads them beside the {@link CreditFactSource} beans.
 */
public interface CreditFactSources {

    List<CreditFactSource> creditFactSources();

    /** The source beans, then those the providers offer, in that order. */
    static List<CreditFactSource> all(List<CreditFactSource> beans, List<CreditFactSources> providers) {
        List<CreditFactSource> all = new ArrayList<>(beans);
        providers.forEach(p -> all.addAll(p.creditFactSources()));
        return List.copyOf(all);
    }
}
