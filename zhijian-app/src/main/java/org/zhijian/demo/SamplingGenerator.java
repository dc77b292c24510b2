package org.zhijian.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.NewUser;
import org.zhijian.account.Role;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.PoolMember;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.ItemSpec;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanItem;
import org.zhijian.sampling.PlanLevel;
import org.zhijian.sampling.SamplingManagement;

/**
 * Demo and load data for supervision sampling: item templates per category kind, one provincial plan per year with
 * targets per prefecture, and files of sampling records and laboratory results (one row per item) that the
 * ordinary imports load. Failure rates follow the category kind (food ≈ 2 %, consumer goods ≈ 9 %, …) and differ
 * by prefecture, so that the statistics show real regional differences. Deterministic for a seed.
 */
final class SamplingGenerator {

    /** Sample-level failure probability by category kind. */
    static final Map<String, Double> FAILURE =
            Map.of("FOOD", 0.022, "AGRICULTURAL", 0.012, "CONSUMER", 0.085, "INDUSTRIAL", 0.06, "DRUG", 0.004);

    /** Item templates by kind: name, standard, unit, kind, lower, upper, text, class, a failing value. */
    private static final Map<String, String[][]> ITEMS = Map.of(
            "FOOD",
                    new String[][] {
                        {"铅（以 Pb 计）", "GB 2762-2022", "mg/kg", "MAX", "", "0.2", "", "A", "0.35"},
                        {"菌落总数", "GB 29921-2021", "CFU/g", "MAX", "", "50000", "", "B", "180000"},
                        {"苯甲酸及其钠盐", "GB 2760-2024", "g/kg", "MAX", "", "1.0", "", "A", "1.6"},
                        {"标签", "GB 7718-2025", "", "QUALITATIVE", "", "", "", "B", "不符合"}
                    },
            "AGRICULTURAL",
                    new String[][] {
                        {"毒死蜱", "GB 2763-2021", "mg/kg", "MAX", "", "0.02", "", "A", "0.08"},
                        {"镉（以 Cd 计）", "GB 2762-2022", "mg/kg", "MAX", "", "0.1", "", "A", "0.21"}
                    },
            "CONSUMER",
                    new String[][] {
                        {"标志和说明", "产品标准第 7 章", "", "QUALITATIVE", "", "", "", "B", "不符合"},
                        {"安全性能", "产品强制性标准", "", "QUALITATIVE", "", "", "", "A", "不符合"},
                        {"甲醛含量", "GB 18401-2010", "mg/kg", "MAX", "", "75", "", "A", "120"}
                    },
            "INDUSTRIAL",
                    new String[][] {
                        {"外观质量", "产品标准", "", "QUALITATIVE", "", "", "", "B", "不符合"},
                        {"主要力学性能", "产品标准", "MPa", "MIN", "400", "", "", "A", "365"}
                    },
            "DRUG",
                    new String[][] {
                        {"含量测定", "中国药典 2025 年版", "%", "RANGE", "90", "110", "", "A", "86.5"},
                        {"性状", "中国药典 2025 年版", "", "QUALITATIVE", "", "", "", "B", "不符合"}
                    });

    /** Categories the generated registry makes or sells. */
    static final List<String> CATEGORIES = List.of(
            "FOOD",
            "FOOD-GRAIN",
            "FOOD-HEALTH",
            "FOOD-SCHOOL",
            "FOOD-CATER",
            "AGRI-MEAT",
            "AGRI-AQUA",
            "AGRI-VEG",
            "CON-APP-CLOTH",
            "CON-APP-SHOE",
            "CON-CHILD-TOY",
            "CON-FW",
            "CON-EE-KITCHEN",
            "CON-EE-WEAR",
            "CON-EBIKE-BIKE",
            "CON-EBIKE-HELMET",
            "CON-EBIKE-CHG",
            "IND-STEEL-REBAR",
            "IND-CEMENT",
            "IND-CABLE",
            "IND-INST-PG",
            "DRUG-ESS",
            "DRUG-TCM");

    static final List<String> INSPECTORS =
            List.of("inspector1", "inspector2", "inspector3", "inspector4", "inspector5", "inspector6");

    private final SamplingManagement sampling;
    private final EnterpriseManagement enterprises;
    private final ClassificationManagement classification;
    private final RegionManagement regions;
    private final AccountManagement accounts;

    SamplingGenerator(
            SamplingManagement sampling,
            EnterpriseManagement enterprises,
            ClassificationManagement classification,
            RegionManagement regions,
            AccountManagement accounts) {
        this.sampling = sampling;
        this.enterprises = enterprises;
        this.classification = classification;
        this.regions = regions;
        this.accounts = accounts;
    }

    /** Templates, inspectors and the year's provincial plan (created once), then the two files. */
    Plan generate(int samples, int year, long seed, Path samplesFile, Path resultsFile) throws IOException {
        ensureTemplatesAndInspectors();
        Plan plan = plan(year, samples);
        Map<String, List<PoolMember>> pools = new LinkedHashMap<>();
        List<String> prefectures = regions.find(RegionLevel.PREFECTURE, null).stream()
                .map(Region::code)
                .toList();
        for (String category : plan.categories()) {
            List<PoolMember> pool = new ArrayList<>();
            enterprises.forEachInPool(List.of(category), prefectures, pool::add);
            if (!pool.isEmpty()) {
                pools.put(category, pool);
            }
        }
        if (pools.isEmpty()) {
            throw new IllegalStateException("企业名录中没有可抽样的企业，请先导入企业");
        }
        write(plan, pools, samples, year, seed, samplesFile, resultsFile);
        return plan;
    }

    private void ensureTemplatesAndInspectors() {
        for (String category : CATEGORIES) {
            if (classification.findCategory(category).isEmpty()
                    || !sampling.templates(category).isEmpty()) {
                continue;
            }
            String kind =
                    classification.findCategory(category).orElseThrow().kind().name();
            for (String[] i : ITEMS.getOrDefault(kind, ITEMS.get("INDUSTRIAL"))) {
                sampling.addTemplate(
                        new ItemSpec(category, i[0], i[1], i[2], i[3], decimal(i[4]), decimal(i[5]), null, i[7]));
            }
        }
        for (String name : INSPECTORS) {
            if (accounts.find(name).isEmpty()) {
                // inspectors 4–6 belong to 长沙市, so that its own plans have an inspector directory
                String region = name.compareTo("inspector4") >= 0 ? "430100" : null;
                accounts.create(
                        new NewUser(name, "检查员" + name.substring(9) + "（演示）", Role.INSPECTOR, region, null),
                        "Inspector#2026");
            }
        }
    }

    private Plan plan(int year, int samples) {
        String batch = "年度监督抽查";
        return sampling.plans(org.zhijian.platform.PageRequest.of(1, 500)).items().stream()
                .filter(p -> p.year() == year && p.batch().equals(batch))
                .findFirst()
                .flatMap(p -> sampling.plan(p.id()))
                .orElseGet(() -> {
                    Map<String, Integer> targets = new HashMap<>();
                    List<Region> prefectures = regions.find(RegionLevel.PREFECTURE, null);
                    prefectures.forEach(r -> targets.put(r.code(), Math.max(1, samples / prefectures.size())));
                    List<String> categories = CATEGORIES.stream()
                            .filter(c -> classification.findCategory(c).isPresent())
                            .toList();
                    return sampling.createPlan(new PlanForm(
                            year,
                            batch,
                            year + " 年湖南省产品质量监督抽查",
                            PlanLevel.PROVINCE,
                            "430000",
                            "湖南省产品质量检验研究院",
                            categories,
                            targets));
                });
    }

    private static final String[] SAMPLE_HEADER = {
        "抽样单编号",
        "计划编号",
        "被抽样企业统一社会信用代码",
        "产品类别代码",
        "样品名称",
        "商标",
        "规格型号",
        "批号或生产日期",
        "抽样数量",
        "备样数量",
        "单价（元）",
        "抽样环节",
        "标称生产者",
        "抽样人员",
        "抽样日期"
    };

    /** What every sample of one file draws on. */
    private record Run(
            Plan plan,
            Map<String, List<PoolMember>> pools,
            List<String> categories,
            Map<String, List<PlanItem>> items,
            int year,
            int days,
            long seed,
            SplittableRandom random) {}

    private void write(
            Plan plan,
            Map<String, List<PoolMember>> pools,
            int samples,
            int year,
            long seed,
            Path samplesFile,
            Path resultsFile)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> categories = new ArrayList<>(pools.keySet());
        Map<String, List<PlanItem>> items = new HashMap<>();
        plan.items()
                .forEach(i -> items.computeIfAbsent(i.spec().categoryCode(), k -> new ArrayList<>())
                        .add(i));
        LocalDate last = year == LocalDate.now().getYear() ? LocalDate.now().minusDays(30) : LocalDate.of(year, 12, 20);
        Run run = new Run(plan, pools, categories, items, year, Math.max(1, last.getDayOfYear()), seed, random);
        try (Writer s = Files.newBufferedWriter(samplesFile, StandardCharsets.UTF_8);
                Writer r = Files.newBufferedWriter(resultsFile, StandardCharsets.UTF_8);
                CSVPrinter sc = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(SAMPLE_HEADER)
                        .get()
                        .print(s);
                CSVPrinter rc = CSVFormat.DEFAULT
                        .builder()
                        .setHeader("抽样单编号", "检验项目", "检验结果", "单位", "报告编号", "报告日期")
                        .get()
                        .print(r)) {
            for (int n = 0; n < samples; n++) {
                sample(run, sc, rc, n);
            }
        }
    }

    /** One sample of the run and its results, drawing on the run's random numbers in a fixed order. */
    private void sample(Run run, CSVPrinter sc, CSVPrinter rc, int n) throws IOException {
        SplittableRandom random = run.random();
        String category = run.categories().get(random.nextInt(run.categories().size()));
        List<PoolMember> pool = run.pools().get(category);
        PoolMember m = pool.get(random.nextInt(pool.size()));
        LocalDate on = LocalDate.ofYearDay(run.year(), 1 + random.nextInt(run.days()));
        String no = "DEMO" + run.year() + "-" + run.seed() + "-" + String.format("%07d", n);
        String name = classification.findCategory(category).map(c -> c.nameZh()).orElse(category);
        String place = random.nextInt(10) < 5 ? "生产" : random.nextInt(10) < 8 ? "流通" : "电商";
        int a = random.nextInt(INSPECTORS.size());
        int b = (a + 1 + random.nextInt(INSPECTORS.size() - 1)) % INSPECTORS.size();
        sc.printRecord(
                no,
                run.plan().id(),
                m.uscc(),
                category,
                name,
                "品牌" + (char) ('A' + random.nextInt(26)),
                "",
                on.minusDays(20),
                "2 件",
                "1 件",
                "",
                place,
                "标称生产企业",
                INSPECTORS.get(a) + ";" + INSPECTORS.get(b),
                on);
        results(
                rc,
                random,
                no,
                on,
                category,
                m.prefectureCode(),
                run.items().getOrDefault(category, List.of()),
                run.year());
    }

    private void results(
            CSVPrinter rc,
            SplittableRandom random,
            String no,
            LocalDate on,
            String category,
            String prefecture,
            List<PlanItem> items,
            int year)
            throws IOException {
        String kind =
                classification.findCategory(category).map(c -> c.kind().name()).orElse("INDUSTRIAL");
        boolean fails = random.nextDouble() < FAILURE.getOrDefault(kind, 0.05) * regional(prefecture) * earlier(year);
        int failing = fails && !items.isEmpty() ? random.nextInt(items.size()) : -1;
        for (int i = 0; i < items.size(); i++) {
            ItemSpec spec = items.get(i).spec();
            rc.printRecord(
                    no,
                    spec.name(),
                    i == failing ? failingValue(spec) : passingValue(spec, random),
                    spec.unit(),
                    "RPT-" + no,
                    on.plusDays(12));
        }
    }

    /**
     * Quality improves over the plan: a year before last year fails 8 % more often per year back, so the computed
     * pass rates rise towards their targets; last year and this year are as {@link #FAILURE} says.
     */
    static double earlier(int year) {
        int back = LocalDate.now().getYear() - 1 - year;
        return back <= 0 ? 1 : 1 + 0.08 * back;
    }

    /** Regional differences: some prefectures fail noticeably more often (deterministic per prefecture code). */
    static double regional(String prefecture) {
        return switch (prefecture) {
            case "430200", "431300" -> 1.9;
            case "430100", "430600" -> 0.7;
            case "433100", "431200" -> 1.5;
            default -> 1.0;
        };
    }

    private static String failingValue(ItemSpec spec) {
        return switch (spec.requirementKind()) {
            case "MAX" ->
                spec.upper()
                        .multiply(new BigDecimal("1.6"))
                        .stripTrailingZeros()
                        .toPlainString();
            case "MIN" ->
                spec.lower()
                        .multiply(new BigDecimal("0.9"))
                        .stripTrailingZeros()
                        .toPlainString();
            case "RANGE" -> spec.lower().subtract(BigDecimal.valueOf(3)).toPlainString();
            default -> "不符合";
        };
    }

    private static String passingValue(ItemSpec spec, SplittableRandom random) {
        return switch (spec.requirementKind()) {
            case "MAX" ->
                random.nextInt(4) == 0
                        ? "未检出"
                        : spec.upper()
                                .multiply(BigDecimal.valueOf(0.05 + random.nextDouble() * 0.8))
                                .setScale(3, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString();
            case "MIN" ->
                spec.lower()
                        .multiply(BigDecimal.valueOf(1.05 + random.nextDouble() * 0.3))
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .toPlainString();
            case "RANGE" ->
                spec.lower()
                        .add(spec.upper())
                        .divide(BigDecimal.valueOf(2))
                        .add(BigDecimal.valueOf(random.nextInt(7) - 3))
                        .toPlainString();
            default -> "符合";
        };
    }

    private static BigDecimal decimal(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }
}
