package org.zhijian.risk.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.risk.RunSummary;

/**
 * A detection run for one ISO week: recounts what changed, then source by source finds the signals and stores them
 * with the source marked done in one transaction — so a run cut short resumes with the sources not yet done, and a
 * second run of the same week updates the same rows (signals a warning already holds are kept). Finally the run
 * raises warnings for the uncovered signals. Runs daily for the last complete week.
 */
@Component
class SignalRun {

    private static final Logger LOG = LoggerFactory.getLogger(SignalRun.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RiskCounts counts;
    private final SourceSignals signals;
    private final Hierarchy hierarchy;
    private final SignalWarnings warnings;
    private final SignalWriter writer;
    private final java.time.Clock clock;

    SignalRun(
            JdbcClient jdbc,
            TransactionTemplate tx,
            RiskCounts counts,
            SourceSignals signals,
            Hierarchy hierarchy,
            SignalWarnings warnings,
            SignalWriter writer,
            java.util.Optional<java.time.Clock> clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.counts = counts;
        this.signals = signals;
        this.hierarchy = hierarchy;
        this.warnings = warnings;
        this.writer = writer;
        this.clock = clock.orElse(java.time.Clock.systemDefaultZone());
    }

    @Scheduled(cron = "${zhijian.risk.run-cron:0 0 3 * * *}")
    void daily() {
        run(Periods.WEEK.label(Periods.lastCompleteWeek(LocalDate.now(clock))));
    }

    synchronized RunSummary run(String week) {
        LocalDate start = Periods.parseWeek(week)
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.BAD_WEEK, "周须写成 2026-W47 的形式：" + week));
        if (start.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(RiskErrors.BAD_WEEK, week + " 尚未开始");
        }
        String label = Periods.WEEK.label(start);
        long began = System.nanoTime();
        counts.refreshDirty();
        List<String> done = begin(label, start);
        Hierarchy.Trees trees = hierarchy.trees();
        for (DailyCountSource source : counts.sources()) {
            if (!done.contains(source.code())) {
                SourceSignals.Outcome outcome = signals.detect(source.code(), start, trees);
                tx.executeWithoutResult(s -> store(label, start, source.code(), outcome, trees));
            }
        }
        int raised = warnings.raiseFromSignals(label);
        jdbc.sql("update risk_run set status = 'DONE', finished_at = now() where week = ?")
                .param(label)
                .update();
        LOG.info(
                "Detection run {}: {} warnings raised in {} ms",
                label,
                raised,
                (System.nanoTime() - began) / 1_000_000);
        return runs().stream().filter(r -> r.week().equals(label)).findFirst().orElseThrow();
    }

    /** Starts or resumes the week's run; returns the sources already done (none when starting over). */
    private List<String> begin(String week, LocalDate start) {
        String status = jdbc.sql("select status from risk_run where week = ?")
                .param(week)
                .query(String.class)
                .optional()
                .orElse(null);
        if ("RUNNING".equals(status)) {
            LOG.info("Resuming the detection run of {}", week);
            return jdbc.sql("select unnest(sources_done) from risk_run where week = ?")
                    .param(week)
                    .query(String.class)
                    .list();
        }
        jdbc.sql("""
                insert into risk_run (week, week_start, status) values (:week, :start, 'RUNNING')
                on conflict (week) do update set status = 'RUNNING', sources_done = '{}', series = 0, signals = 0,
                    started_at = now(), finished_at = null""").param("week", week).param("start", start).update();
        return List.of();
    }

    private void store(
            String week, LocalDate start, String source, SourceSignals.Outcome outcome, Hierarchy.Trees trees) {
        int stored = writer.store(week, start, source, outcome, trees);
        jdbc.sql("update risk_run set sources_done = array_append(sources_done, :source), series = series + :series,"
                        + " signals = signals + :signals where week = :week")
                .param("source", source)
                .param("series", outcome.series())
                .param("signals", stored)
                .param("week", week)
                .update();
    }

    List<RunSummary> runs() {
        return jdbc.sql("select week, status, series, signals, started_at, finished_at from risk_run"
                        + " order by week_start desc limit 60")
                .query((rs, n) -> new RunSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
    }
}
