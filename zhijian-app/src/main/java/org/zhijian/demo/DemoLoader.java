package org.zhijian.demo;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.PageRequest;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** In demo mode, loads 20,000 generated enterprises through the ordinary import path, once. */
@Component
@Profile("demo")
@Order(100)
class DemoLoader implements ApplicationRunner {

    static final int DEMO_ENTERPRISES = 20_000;
    static final long DEMO_SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    static final int DEMO_SAMPLES = 20_000;

    private final RegionManagement regions;
    private final EnterpriseManagement enterprises;
    private final ImportManagement imports;
    private final org.zhijian.sampling.SamplingManagement sampling;
    private final SamplingGenerator samplingGenerator;
    private final org.zhijian.risk.RiskMonitoring risk;
    private final org.zhijian.credit.CreditManagement credit;
    private final IndicatorGenerator indicatorGenerator;
    private final org.zhijian.indicator.IndicatorManagement indicators;

    /** Samples a year for the plan's earlier years, so the computed pass rates have a history. */
    static final int DEMO_EARLIER_SAMPLES = 1_500;

    DemoLoader(
            RegionManagement regions,
            EnterpriseManagement enterprises,
            ImportManagement imports,
            org.zhijian.sampling.SamplingManagement sampling,
            org.zhijian.classification.ClassificationManagement classification,
            org.zhijian.account.AccountManagement accounts,
            org.zhijian.risk.RiskMonitoring risk,
            org.zhijian.credit.CreditManagement credit,
            org.zhijian.indicator.IndicatorManagement indicators,
            org.zhijian.indicator.Rounds rounds,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.risk = risk;
        this.credit = credit;
        this.indicatorGenerator = new IndicatorGenerator(indicators, rounds, regions, transactions, DEMO_SEED);
        this.indicators = indicators;
        this.regions = regions;
        this.enterprises = enterprises;
        this.imports = imports;
        this.sampling = sampling;
        this.samplingGenerator = new SamplingGenerator(sampling, enterprises, classification, regions, accounts);
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        loadEnterprises();
        if (sampling.samples(
                                new org.zhijian.sampling.SampleQuery(null, null, null, null),
                                org.zhijian.platform.PageRequest.of(1, 1))
                        .total()
                == 0) {
            int year = java.time.LocalDate.now().getYear();
            int planStart = indicators.plans().isEmpty()
                    ? year
                    : indicators.plans().get(0).startYear();
            for (int earlier = planStart; earlier < year - 1; earlier++) {
                loadSampling(earlier, DEMO_EARLIER_SAMPLES);
            }
            loadSampling(year - 1, DEMO_SAMPLES / 2);
            loadSampling(year, DEMO_SAMPLES);
            notifyAndPublish();
        }
        loadForeignRecalls();
        loadHub();
        detect();
        classifyCredit();
        drawShowcase(java.time.LocalDate.now().getYear());
        for (var plan : indicators.plans()) {
            var years = indicatorGenerator.generate(plan.code(), java.time.LocalDate.now());
            if (!years.isEmpty()) {
                log.info("演示指标填报：{} {} 年的填报已走完填报、审核、审定", plan.name(), years);
            }
        }
    }

    /**
     * Counts every series and runs the detection for the last complete week, so that the seeded anomalies (see
     * {@link HubGenerator#OUTBREAK_COUNTY}) show as open warnings; a second start repeats it idempotently.
     */
    private void detect() {
        risk.rebuild();
        java.time.LocalDate monday = java.time.LocalDate.now()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .minusWeeks(1);
        String week = String.format(
                "%d-W%02d",
                monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        var run = risk.run(week);
        log.info("演示风险监测：{} 检测 {} 条序列，信号 {} 个", run.week(), run.series(), run.signals());
    }

    /**
     * Reads every credit file and classifies the two months before this one, so that the class distribution, the
     * changes and the score sheets have data; a second start repeats it idempotently.
     */
    private void classifyCredit() {
        log.info("演示信用档案：{} 条信用信息", credit.rebuild());
        java.time.YearMonth last = java.time.YearMonth.now().minusMonths(1);
        for (java.time.YearMonth m : new java.time.YearMonth[] {last.minusMonths(1), last}) {
            var run = credit.classify(m, null);
            log.info("演示信用风险分类 {}：{} 家企业，类别变化 {} 家", run.month(), run.classified(), run.changes());
        }
    }

    /** A year of sampling records and results through the ordinary imports. */
    private void loadSampling(int year, int samples) throws Exception {
        log.info("正在载入演示数据：{} 年 {} 份抽样单及检验结果 …", year, samples);
        Path dir = Files.createTempDirectory("zhijian-demo-sampling");
        try {
            samplingGenerator.generate(
                    samples, year, DEMO_SEED + year, dir.resolve("samples.csv"), dir.resolve("results.csv"));
            log.info(
                    "演示抽样单：{}",
                    imports.importNow(
                                    "samples",
                                    dir.resolve("samples.csv"),
                                    "演示抽样单.csv",
                                    new ImportOptions(false, true),
                                    j -> {})
                            .message());
            log.info(
                    "演示检验结果：{}",
                    imports.importNow(
                                    "results",
                                    dir.resolve("results.csv"),
                                    "演示检验结果.csv",
                                    new ImportOptions(false, true),
                                    j -> {})
                            .message());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Notifies the enterprises of every result reported more than a month ago and publishes what is final, so
     * that follow-ups, objection deadlines and the public results list have something to show.
     */
    private void notifyAndPublish() {
        java.time.LocalDate notifiedOn = java.time.LocalDate.now().minusMonths(1);
        int notified = 0;
        int published = 0;
        var plans = sampling.plans(org.zhijian.platform.PageRequest.of(1, org.zhijian.platform.PageRequest.MAX_SIZE));
        for (var plan : plans.items()) { // the generator makes a handful of plans a year
            notified += sampling.notifyReported(plan.id(), notifiedOn);
            published += sampling.publish(plan.id());
        }
        log.info("演示数据：已通知 {} 份检验结论，公开 {} 份", notified, published);
    }

    /** A small prefecture plan with a confirmed, verifiable draw, to show the double-random procedure. */
    /**
     * A confirmed double-random draw of 长沙市's food plan, weighted by the credit classes just computed (A 3 %,
     * B 10 %, C 30 %, D 80 %), once.
     */
    private void drawShowcase(int year) {
        if (sampling.plans(PageRequest.of(1, PageRequest.MAX_SIZE)).items().stream()
                .anyMatch(p -> p.batch().equals("第四批（双随机）") && p.year() == year)) {
            return;
        }
        var plan = sampling.createPlan(new org.zhijian.sampling.PlanForm(
                year,
                "第四批（双随机）",
                year + " 年长沙市食品双随机抽查",
                org.zhijian.sampling.PlanLevel.PREFECTURE,
                "430100",
                "长沙市食品药品检验所",
                java.util.List.of("FOOD-CATER", "FOOD-SCHOOL"),
                java.util.Map.of("430102", 5, "430104", 5, "430105", 5),
                "A=3,B=10,C=30,D=80"));
        sampling.confirm(sampling.draw(plan.id(), DEMO_SEED).id());
    }

    /** Complaints, injuries, penalty decisions, listings and accident reports about demo enterprises, once, through the imports. */
    private void loadHub() throws Exception {
        if (imports.recent(PageRequest.MAX_SIZE).stream().anyMatch(j -> j.kind().equals("complaints"))) {
            return;
        }
        var sample = enterprises.search(
                new org.zhijian.enterprise.EnterpriseQuery(null, null, null, null, "存续", null), PageRequest.of(1, 500));
        HubGenerator hub = new HubGenerator(sample.items(), DEMO_SEED, java.time.LocalDate.now());
        Path dir = Files.createTempDirectory("zhijian-demo-hub");
        try {
            hub.complaints(1_000, dir.resolve("complaints.csv"));
            hub.injuries(300, dir.resolve("injuries.csv"));
            hub.cases(200, dir.resolve("cases.csv"));
            hub.repeatOffenders(dir.resolve("cases-repeat.csv"));
            hub.listings(300, dir.resolve("listings.csv"));
            hub.complaintOutbreak(dir.resolve("complaints-outbreak.csv"));
            hub.injuryCluster(dir.resolve("injuries-cluster.csv"));
            hub.accidents(60, dir.resolve("accidents.csv"));
            for (String name : new String[] {
                "complaints",
                "injuries",
                "cases",
                "cases-repeat",
                "listings",
                "complaints-outbreak",
                "injuries-cluster",
                "accidents"
            }) {
                Path file = dir.resolve(name + ".csv");
                String kind = name.substring(0, name.indexOf('-') < 0 ? name.length() : name.indexOf('-'));
                ImportJob job = imports.importNow(kind, file, name + ".csv", new ImportOptions(true, true), j -> {});
                log.info("演示{}：{}", job.kindLabel(), job.message());
                Files.deleteIfExists(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    /** The three real foreign samples (openFDA, RASFF, CPSC; sources in demo/foreign-recalls/SOURCE.md), once. */
    private void loadForeignRecalls() throws Exception {
        if (imports.recent(PageRequest.MAX_SIZE).stream().anyMatch(j -> j.kind().equals("recalls"))) {
            return;
        }
        for (String[] sample : new String[][] {
            {"openfda-food-enforcement-2015.json", "openfda"},
            {"rasff-notifications-2024-10.csv", "rasff"},
            {"cpsc-recalls-bluestar.json", "cpsc"}
        }) {
            Path file = Files.createTempFile("zhijian-demo-recalls", sample[0]);
            try (var in = DemoLoader.class.getResourceAsStream("/demo/foreign-recalls/" + sample[0])) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                ImportJob job = imports.importNow(
                        "recalls", file, sample[0], new ImportOptions(false, true, sample[1]), j -> {});
                log.info("演示国外召回 {}：{}", sample[0], job.message());
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private void loadEnterprises() throws Exception {
        if (enterprises.count() >= DEMO_ENTERPRISES) {
            return;
        }
        log.info("正在载入演示数据：{} 家企业 …", DEMO_ENTERPRISES);
        Path file = Files.createTempFile("zhijian-demo-enterprises", ".csv");
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new EnterpriseGenerator(
                                regions.find(RegionLevel.COUNTY, null), regions.find(RegionLevel.PREFECTURE, null))
                        .write(DEMO_ENTERPRISES, DEMO_SEED, writer);
            }
            ImportJob job = imports.importNow("enterprises", file, "演示数据.csv", new ImportOptions(false, true), j -> {});
            log.info("演示数据：{}", job.message());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
