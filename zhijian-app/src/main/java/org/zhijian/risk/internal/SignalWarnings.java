package org.zhijian.risk.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.Signal;
import org.zhijian.risk.Warning;

/**
 * Warnings from signals: after a run, the signals not explained by a narrower one become warnings 待研判 — one per
 * region and category, whatever the number of methods and sources that signalled (complaints and injuries about the
 * same product in the same county make one warning) — unless an open warning on that region and category exists:
 * then the signals join it. Officers raise warnings from any other signal by hand.
 */
@Component
class SignalWarnings {

    /** Warnings raised per transaction. */
    private static final int CHUNK = 200;

    private final JdbcClient jdbc;
    private final SignalStore signals;
    private final WarningStore store;
    private final WarningLog log;
    private final RegionManagement regions;
    private final RiskSettings settings;
    private final CurrentActor currentActor;
    private final TransactionTemplate tx;

    SignalWarnings(
            JdbcClient jdbc,
            SignalStore signals,
            WarningStore store,
            WarningLog log,
            RegionManagement regions,
            RiskSettings settings,
            CurrentActor currentActor,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.store = store;
        this.log = log;
        this.regions = regions;
        this.settings = settings;
        this.currentActor = currentActor;
        this.tx = tx;
    }

    /** Raises the warnings of a week's uncovered signals; returns how many were created. */
    int raiseFromSignals(String week) {
        if (!settings.autoWarnings()) {
            return 0;
        }
        List<Signal> open = jdbc.sql("select * from risk_signal where week = ? and not covered and warning_id is null"
                        + " order by score desc, id")
                .param(week)
                .query(signals::signal)
                .list();
        Map<List<String>, List<Signal>> bySeries = new LinkedHashMap<>();
        open.forEach(s -> bySeries.computeIfAbsent(List.of(s.regionCode(), s.categoryCode()), k -> new ArrayList<>())
                .add(s));
        List<List<Signal>> groups = new ArrayList<>(bySeries.values());
        int created = 0;
        for (int from = 0; from < groups.size(); from += CHUNK) {
            List<List<Signal>> chunk = groups.subList(from, Math.min(groups.size(), from + CHUNK));
            Integer raised = tx.execute(status -> CurrentActor.runAs(Actor.system("system"), () ->
                    (int) chunk.stream().filter(this::attach).count()));
            created += raised == null ? 0 : raised;
        }
        return created;
    }

    /** An officer raises a warning from a signal within their area. */
    Warning raiseFromSignal(long signalId) {
        Actor actor = currentActor.get();
        actor.checkMayWrite();
        Signal s = signals.find(actor.readScope(), signalId)
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.NOT_FOUND, "信号 " + signalId));
        Region region = regions.findByCode(s.regionCode()).orElseThrow();
        actor.checkWrite(
                region.level() == org.zhijian.region.RegionLevel.COUNTY ? region.code() : null,
                region.prefectureCode(),
                null);
        if (s.warningId() != null) {
            return store.find(s.warningId()).orElseThrow();
        }
        tx.executeWithoutResult(status -> attach(List.of(s)));
        return store.find(jdbc.sql("select warning_id from risk_signal where id = ?")
                        .param(signalId)
                        .query(Long.class)
                        .single())
                .orElseThrow();
    }

    /** Joins the signals to the open warning on their series, or raises one; true when raised. */
    private boolean attach(List<Signal> group) {
        Signal top = group.get(0);
        Long existing = jdbc.sql("select id from risk_warning where status <> 'CLOSED' and origin = 'SIGNAL'"
                        + " and region_code = ? and category_code = ? order by id limit 1")
                .params(top.regionCode(), top.categoryCode())
                .query(Long.class)
                .optional()
                .orElse(null);
        boolean raised = existing == null;
        long id = raised ? create(group) : existing;
        jdbc.sql("update risk_signal set warning_id = :id where id in (:signals)")
                .param("id", id)
                .param("signals", group.stream().map(Signal::id).toList())
                .update();
        Warning w = store.find(id).orElseThrow();
        if (raised) {
            log.changed("WARNING_RAISED", null, w, "由检测信号生成预警：" + w.title());
            log.notifyHandlers(w, "新预警待研判");
        } else {
            log.changed("WARNING_SIGNAL_ADDED", w, w, top.week() + " 再次出现信号（" + top.observed() + " 起）");
        }
        return raised;
    }

    /** The highest preliminary level of the group's sources (default MEDIUM). */
    private String level(List<Signal> group) {
        return group.stream()
                .map(g -> settings.sourceLevels()
                        .getOrDefault(g.source(), "MEDIUM")
                        .toUpperCase(Locale.ROOT))
                .max(java.util.Comparator.comparingInt(
                        l -> org.zhijian.algo.risk.RiskLevel.valueOf(l).ordinal()))
                .orElse("MEDIUM");
    }

    private long create(List<Signal> group) {
        Signal s = group.get(0);
        String level = level(group);
        Region region = regions.findByCode(s.regionCode()).orElseThrow();
        String sources = String.join(
                "、", group.stream().map(Signal::sourceLabel).distinct().toList());
        String title = "%s%s%s异常（%s）"
                .formatted(s.regionName(), "*".equals(s.categoryCode()) ? "" : s.categoryName(), sources, s.week());
        String description = String.join(
                "；",
                group.stream()
                        .map(g -> "%s %s：观测 %d，期望 %s，阈值 %s"
                                .formatted(
                                        g.sourceLabel(),
                                        g.method(),
                                        g.observed(),
                                        g.expected() == null ? "—" : String.format(Locale.ROOT, "%.2f", g.expected()),
                                        g.threshold() == null
                                                ? "—"
                                                : String.format(Locale.ROOT, "%.2f", g.threshold())))
                        .toList());
        return store.insert(new WarningStore.NewRow(
                title,
                "SIGNAL",
                s.source(),
                s.categoryCode(),
                null,
                region,
                null,
                description,
                level,
                OffsetDateTime.now().plus(settings.triage(level)),
                currentActor.get().username()));
    }
}
