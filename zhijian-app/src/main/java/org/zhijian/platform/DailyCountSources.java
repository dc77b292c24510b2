package org.zhijian.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A bean that offers {@link DailyCountSource}s made at run time (the series the record kinds declare) rather than
 * one bean each; risk monitoring counts them beside the {@link DailyCountSource} beans.
 */
public interface DailyCountSources {

    List<DailyCountSource> dailyCountSources();

    /** The source beans, then those the providers offer, in that order. */
    static List<DailyCountSource> all(List<DailyCountSource> beans, List<DailyCountSources> providers) {
        List<DailyCountSource> all = new ArrayList<>(beans);
        providers.forEach(p -> all.addAll(p.dailyCountSources()));
        return List.copyOf(all);
    }
}
