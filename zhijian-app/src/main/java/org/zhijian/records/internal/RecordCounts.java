package org.zhijian.records.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.platform.DailyCountSources;

/** The series every record kind declares, as daily count sources for risk monitoring. */
@Component
class RecordCounts implements DailyCountSources {

    private final List<DailyCountSource> sources;

    RecordCounts(JdbcClient jdbc, RecordKinds kinds) {
        this.sources = kinds.all().stream()
                .flatMap(k -> k.series().stream().<DailyCountSource>map(s -> new SeriesCount(jdbc, k, s)))
                .toList();
    }

    @Override
    public List<DailyCountSource> dailyCountSources() {
        return sources;
    }
}
