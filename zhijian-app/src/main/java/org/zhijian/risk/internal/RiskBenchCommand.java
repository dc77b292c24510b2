package org.zhijian.risk.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.NewProductCategory;
import org.zhijian.classification.ProductCategory;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.platform.cli.ExitCodes;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.RunSummary;
import picocli.CommandLine;

/**
 * {@code ./zhijian detect bench}: on an empty data directory, fills the series store with synthetic weekly counts at
 * Hunan scale (every county × enough leaf categories for 200 categories in all, every source, 260 weeks, a third of
 * the cells non-zero), then times the detection of the latest week method by method (database reads and roll-up
 * included) and one full run as scheduled (signals stored, warnings raised). Writes a Markdown table. See
 * {@code bench/risk-run.sh}.
 */
@Component
@CommandLine.Command(name = "bench", description = "基准：湖南规模的全量每日检测（含数据库读取），结果写入 Markdown 表")
class RiskBenchCommand implements Callable<Integer> {

    private static final int WEEKS = 260;
    private static final int CATEGORIES = 200;

    private final JdbcClient jdbc;
    private final RiskCounts counts;
    private final SourceSignals signals;
    private final SignalRun run;
    private final Hierarchy hierarchy;
    private final ClassificationManagement classification;
    private final RegionManagement regions;
    private final RiskSettings settings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--results", required = true, description = "结果表（Markdown）")
    Path results;

    @CommandLine.Option(names = "--week", defaultValue = "2026-W47", description = "检测周")
    String week;

    RiskBenchCommand(
            JdbcClient jdbc,
            RiskCounts counts,
            SourceSignals signals,
            SignalRun run,
            Hierarchy hierarchy,
            ClassificationManagement classification,
            RegionManagement regions,
            RiskSettings settings) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.signals = signals;
        this.run = run;
        this.hierarchy = hierarchy;
        this.classification = classification;
        this.regions = regions;
        this.settings = settings;
    }

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        LocalDate monday = Periods.parseWeek(week).orElseThrow();
        List<String> leaves = leafCategories();
        long rows = fill(monday, leaves);
        out.printf(
                "已生成 %d 行周计数（%d 个县 × %d 个末级类别 × %d 个数据源 × %d 周）%n",
                rows, counties().size(), leaves.size(), counts.sources().size(), WEEKS);
        List<String> lines = new ArrayList<>();
        for (String method :
                List.of("earsC1", "earsC2", "earsC3", "farrington", "farringtonFlexible", "cusum", "glrpois")) {
            lines.add(timeMethod(monday, method, settings.minCases()));
            out.println(lines.get(lines.size() - 1));
        }
        lines.add(timeMethod(monday, "earsC2", 1));
        lines.add(timeRun());
        out.println(lines.get(lines.size() - 1));
        write(rows, leaves.size(), lines);
        return ExitCodes.OK;
    }

    private List<String> counties() {
        return regions.find(RegionLevel.COUNTY, null).stream()
                .map(r -> r.code())
                .toList();
    }

    /** The seed's leaf categories plus synthetic ones under its second-level categories, 200 categories in all. */
    private List<String> leafCategories() {
        List<ProductCategory> all = classification.categories();
        List<ProductCategory> parents =
                all.stream().filter(c -> c.parent() != null).toList();
        for (int i = 0; all.size() + i < CATEGORIES; i++) {
            ProductCategory p = parents.get(i % parents.size());
            String code = "BENCH-%03d".formatted(i);
            if (classification.findCategory(code).isEmpty()) {
                classification.addCategory(
                        new NewProductCategory(code, p.code(), "基准类别" + i, "Bench " + i, p.kind()), "bench");
            }
        }
        List<ProductCategory> now = classification.categories();
        Set<String> withChildren = now.stream().map(ProductCategory::parent).collect(Collectors.toSet());
        return now.stream()
                .map(ProductCategory::code)
                .filter(c -> !withChildren.contains(c))
                .toList();
    }

    /** One row per source × county × leaf × week with a count (a third of the cells; 1–3 cases). */
    private long fill(LocalDate monday, List<String> leaves) {
        jdbc.sql("truncate risk_count").update();
        for (DailyCountSource s : counts.sources()) {
            jdbc.sql("""
                    insert into risk_count (source, day, county_code, category_code, cases, population)
                    select :source, w, c, k, 1 + floor(random() * 3)::int, case when :rate then 10 else 0 end
                    from unnest(cast(:counties as text[])) c, unnest(cast(:leaves as text[])) k,
                         generate_series(cast(:first as date), cast(:last as date), interval '7 days') w
                    where random() < 0.33""")
                    .param("source", s.code())
                    .param("rate", s.hasPopulation())
                    .param("counties", counties().toArray(String[]::new))
                    .param("leaves", leaves.toArray(String[]::new))
                    .param("first", monday.minusWeeks(WEEKS - 1))
                    .param("last", monday)
                    .update();
            jdbc.sql("update risk_count_state set dirty = false where source = ?")
                    .param(s.code())
                    .update();
        }
        jdbc.sql("analyze risk_count").update();
        return jdbc.sql("select count(*) from risk_count").query(Long.class).single();
    }

    private String timeMethod(LocalDate monday, String method, int minCases) {
        resetPeaks();
        long start = System.nanoTime();
        int series = 0;
        int found = 0;
        Hierarchy.Trees trees = hierarchy.trees();
        for (DailyCountSource s : counts.sources()) {
            SourceSignals.Outcome o = signals.detect(s.code(), monday, trees, List.of(method), minCases);
            series += o.series();
            found += o.signals().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return "| %s | ≥ %d | %,d | %,d | %.1f | %d |"
                .formatted(method, minCases, series, found, seconds, peakHeapMb());
    }

    private String timeRun() {
        resetPeaks();
        long start = System.nanoTime();
        RunSummary r = run.run(week);
        double seconds = (System.nanoTime() - start) / 1e9;
        long warnings =
                jdbc.sql("select count(*) from risk_warning").query(Long.class).single();
        return "| 每日运行（%s，存储信号、生成 %,d 条预警） | ≥ %d | %,d | %,d | %.1f | %d |"
                .formatted(
                        String.join(" + ", settings.methods()),
                        warnings,
                        settings.minCases(),
                        r.series(),
                        r.signals(),
                        seconds,
                        peakHeapMb());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }

    private void write(long rows, int leaves, List<String> lines) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Daily detection run with database reads (Hunan scale)\n\n")
                .append("Measured ")
                .append(LocalDateTime.now().withNano(0))
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, heap limit ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MiB, embedded PostgreSQL 17.\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "Store: %,d weekly rows = %d counties × %d leaf categories (200 categories with their parents) × %d sources × %d weeks, a third of the cells non-zero (1–3 cases). Series are rolled up to 136 regions (counties, prefectures, province) × 200 categories + all categories; a series is evaluated when its latest week has at least `min-cases` cases.%n%n",
                        rows,
                        counties().size(),
                        leaves,
                        counts.sources().size(),
                        WEEKS))
                .append("Parameters: ")
                .append(settings.params())
                .append(" (R's defaults otherwise).\n\n")
                .append("| method | min cases | series evaluated | signals | wall s | peak heap MiB |\n")
                .append("|---|---|---|---|---|---|\n");
        lines.forEach(l -> md.append(l).append('\n'));
        md.append(
                "\nEach method row reads every source's 260 weeks from PostgreSQL, rolls them up and runs the method on the "
                        + "latest week (CUSUM and GLR over the whole history, as they accumulate). The last row is `./zhijian detect --week` as "
                        + "scheduled: recount check, detection with the configured methods, signals upserted per source in one "
                        + "transaction, warnings raised for the uncovered signals (with audit and notifications). Target: the full "
                        + "daily run under 60 s.\n");
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, md.toString());
    }
}
