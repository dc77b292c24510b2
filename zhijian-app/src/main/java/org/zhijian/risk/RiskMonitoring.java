package org.zhijian.risk;

import java.util.List;
import java.util.Optional;
import org.zhijian.platform.CountedRecord;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/**
 * Series, detection runs and signals. Reads stay within the officer's area (a county officer sees the county's
 * series and signals, a prefecture officer the prefecture's).
 */
public interface RiskMonitoring {

    /** The sources: code → Chinese name. */
    java.util.Map<String, String> sources();

    /** Recounts the sources whose records changed; returns how many were recounted. */
    int refresh();

    /** Recounts every source from the records; returns the daily rows stored. */
    int rebuild();

    /**
     * Runs every configured method on every series for an ISO week: idempotent (a second run of the same week
     * leaves the same signals) and resumable (a run cut short continues with the sources not yet done).
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code RISK_004} for a malformed or future week
     */
    RunSummary run(String week);

    List<RunSummary> runs();

    PageResult<Signal> signals(SignalQuery query, PageRequest page);

    Optional<Signal> signal(long id);

    /** A series, weekly or monthly, over the last {@code periods} periods up to the latest data. */
    SeriesView series(String source, String region, String category, String period, int periods);

    /** A signal's series and the method's threshold band over the last two years. */
    Optional<SignalSeries> signalSeries(long signalId);

    /** The records behind a signal's count. */
    List<CountedRecord> records(long signalId, int limit);

    /** Signals of a week (latest run when blank) by region at the given level and top-level category. */
    List<HeatCell> heat(String week, String source, String level);
}
