package org.zhijian.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.CountedRecord;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.AccessDeniedException;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.DetectionMethod;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.DetectionRequest;
import org.zhijian.risk.HeatCell;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.RunSummary;
import org.zhijian.risk.SeriesDetection;
import org.zhijian.risk.SeriesView;
import org.zhijian.risk.Signal;
import org.zhijian.risk.SignalQuery;
import org.zhijian.risk.SignalSeries;

/** Series, runs and signals (see {@link RiskMonitoring}). */
@Service
@EnableConfigurationProperties(RiskSettings.class)
class Monitoring implements RiskMonitoring {

    private final JdbcClient jdbc;
    private final RiskCounts counts;
    private final SignalRun runner;
    private final SignalStore signals;
    private final CurrentActor currentActor;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final RiskNames names;
    private final SeriesDetection detection;
    private final RiskSettings settings;

    Monitoring(
            JdbcClient jdbc,
            RiskCounts counts,
            SignalRun runner,
            SignalStore signals,
            CurrentActor currentActor,
            RegionManagement regions,
            ClassificationManagement classification,
            RiskNames names,
            SeriesDetection detection,
            RiskSettings settings) {
        this.detection = detection;
        this.settings = settings;
        this.jdbc = jdbc;
        this.counts = counts;
        this.runner = runner;
        this.signals = signals;
        this.currentActor = currentActor;
        this.regions = regions;
        this.classification = classification;
        this.names = names;
    }

    @Override
    public Map<String, String> sources() {
        Map<String, String> out = new LinkedHashMap<>();
        counts.sources().forEach(s -> out.put(s.code(), s.label()));
        return out;
    }

    @Override
    public int refresh() {
        return counts.refreshDirty();
    }

    @Override
    public int rebuild() {
        return counts.rebuild();
    }

    @Override
    public RunSummary run(String week) {
        return runner.run(week);
    }

    @Override
    public List<RunSummary> runs() {
        return runner.runs();
    }

    @Override
    public PageResult<Signal> signals(SignalQuery query, PageRequest page) {
        return signals.search(currentActor.get().readScope(), query, page);
    }

    @Override
    public Optional<Signal> signal(long id) {
        return signals.find(currentActor.get().readScope(), id);
    }

    @Override
    public SeriesView series(String source, String region, String category, String period, int periods) {
        if (counts.source(source).isEmpty()) {
            throw new BusinessRuleViolation(
                    RiskErrors.INVALID, "没有数据源 " + source + "，可用：" + sources().keySet());
        }
        Periods p = "month".equals(period) ? Periods.MONTH : Periods.WEEK;
        LocalDate last = p.start(jdbc.sql("select max(day) from risk_count where source = ?")
                .param(source)
                .query(LocalDate.class)
                .optional()
                .orElse(LocalDate.now()));
        return series(source, readable(region), category, p, Math.max(1, Math.min(periods, 520)), last);
    }

    @Override
    public Optional<SignalSeries> signalSeries(long signalId) {
        return signal(signalId).map(s -> {
            LocalDate first = jdbc.sql("select min(day) from risk_count where source = ?")
                    .param(s.source())
                    .query(LocalDate.class)
                    .optional()
                    .map(Periods.WEEK::start)
                    .orElse(s.weekStart());
            int n = Math.max(1, Math.min(settings.historyWeeks(), Periods.WEEK.index(first, s.weekStart()) + 1));
            Region r = regions.findByCode(s.regionCode()).orElseThrow();
            SeriesView series = series(s.source(), r, s.categoryCode(), Periods.WEEK, n, s.weekStart());
            return new SignalSeries(s, series, band(s, series));
        });
    }

    /** The signal's method over the last 104 weeks (or as many as it can evaluate), null when none. */
    private DetectionOutcome band(Signal s, SeriesView series) {
        int n = series.points().size();
        double[] y =
                series.points().stream().mapToDouble(SeriesView.Point::cases).toArray();
        List<Integer> weeks =
                java.util.stream.IntStream.rangeClosed(1, n).boxed().toList();
        DetectionMethod method = DetectionMethod.parse(s.method()).orElse(null);
        if (method == null) {
            return null;
        }
        for (Integer from : java.util.Arrays.asList(Math.max(1, n - 103), null)) {
            try {
                return detection.detect(new DetectionRequest(method, weeks, y, from, n, settings.params(s.method())));
            } catch (BusinessRuleViolation tooShort) {
                // try from the first week the method can evaluate
            }
        }
        return null;
    }

    private SeriesView series(String source, Region r, String category, Periods p, int n, LocalDate last) {
        DailyCountSource s = counts.source(source)
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.INVALID, "没有数据源 " + source));
        LocalDate first = p.plus(last, -(n - 1));
        Map<LocalDate, int[]> byStart = sums(source, r, category, p, first, last);
        List<SeriesView.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = p.plus(first, i);
            int[] c = byStart.getOrDefault(start, new int[2]);
            points.add(new SeriesView.Point(start, p.label(start), c[0], c[1]));
        }
        String cat = category == null || category.isBlank() ? Hierarchy.ALL : category;
        return new SeriesView(
                s.code(),
                s.label(),
                r.code(),
                r.name(),
                cat,
                names.category(cat),
                p.name().toLowerCase(),
                points);
    }

    /** Cases and population per period start, summed over the region's counties and the category's subtree. */
    private Map<LocalDate, int[]> sums(
            String source, Region r, String category, Periods p, LocalDate first, LocalDate last) {
        Map<LocalDate, int[]> byStart = new HashMap<>();
        List<String> counties = counties(r);
        List<String> categories = categories(category);
        var spec = jdbc.sql("select cast(date_trunc('" + p.sqlUnit() + "', day) as date), sum(cases), sum(population)"
                        + " from risk_count where source = :source and day >= :first and day < :end"
                        + (counties == null ? "" : " and county_code in (:counties)")
                        + (categories == null ? "" : " and category_code in (:categories)")
                        + " group by 1")
                .param("source", source)
                .param("first", first)
                .param("end", p.plus(last, 1));
        if (counties != null) {
            spec = spec.param("counties", counties);
        }
        if (categories != null) {
            spec = spec.param("categories", categories);
        }
        spec.query(rs -> {
            byStart.put(rs.getObject(1, LocalDate.class), new int[] {rs.getInt(2), rs.getInt(3)});
        });
        return byStart;
    }

    @Override
    public List<CountedRecord> records(long signalId, int limit) {
        Signal s =
                signal(signalId).orElseThrow(() -> new BusinessRuleViolation(RiskErrors.NOT_FOUND, "信号 " + signalId));
        DailyCountSource source = counts.source(s.source()).orElseThrow();
        Region r = regions.findByCode(s.regionCode()).orElseThrow();
        return source.records(
                s.weekStart(), s.weekStart().plusDays(6), counties(r), categories(s.categoryCode()), limit);
    }

    @Override
    public List<HeatCell> heat(String week, String source, String level) {
        String w = week == null || week.isBlank() ? signals.latestWeek().orElse("") : week;
        String l = level == null || level.isBlank() ? "PREFECTURE" : level;
        return signals.heat(currentActor.get().readScope(), w, source, l);
    }

    /** The region, if the reader may see it. */
    private Region readable(String code) {
        Region r = regions.findByCode(code == null || code.isBlank() ? province() : code.strip())
                .orElseThrow(() -> new BusinessRuleViolation(RiskErrors.INVALID, "地区 " + code + " 不存在"));
        Scope scope = currentActor.get().readScope();
        boolean ok = scope.kind() == Scope.Kind.ALL
                || scope.covers(r.level() == RegionLevel.COUNTY ? r.code() : null, r.prefectureCode(), null);
        if (!ok) {
            throw new AccessDeniedException();
        }
        return r;
    }

    private String province() {
        return regions.find(RegionLevel.PROVINCE, null).get(0).code();
    }

    /** The counties of a region; null for the province (every county and none). */
    private List<String> counties(Region r) {
        return switch (r.level()) {
            case PROVINCE -> null;
            case PREFECTURE ->
                regions.find(RegionLevel.COUNTY, r.code()).stream()
                        .map(Region::code)
                        .toList();
            case COUNTY -> List.of(r.code());
        };
    }

    /** A category with those below it; null for every category. */
    private List<String> categories(String code) {
        if (code == null || code.isBlank() || Hierarchy.ALL.equals(code)) {
            return null;
        }
        return classification.subtree(code.strip());
    }
}
