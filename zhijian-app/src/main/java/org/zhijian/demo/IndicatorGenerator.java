package org.zhijian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorPlan;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.indicator.NewIndicatorValue;
import org.zhijian.indicator.ReportingRound;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * Demo values of the plan's entered indicators for every year from the plan's first to last year (up to last year),
 * worked through the ordinary reporting rounds: the province opens the round, each prefecture's filler enters its
 * values and submits, another officer of the prefecture reviews, the province enters the provincial value and
 * approves; finished years are locked. The last year is left partly in review (one prefecture awaiting its review,
 * one awaiting the province, one returned) so the workflow has something to do. Values follow the plan's linear
 * trajectory with noise; a few indicators run behind it ({@link #BEHIND}). Deterministic for a seed; each year is one
 * transaction, and a year that has a round already is left alone, so a second start changes nothing.
 */
final class IndicatorGenerator {

    /** Indicators (by number) that run behind the trajectory in the demo, at this share of the planned pace. */
    static final Map<Integer, Double> BEHIND = Map.of(7, 0.35, 12, 0.5, 18, 0.55, 23, 0.6);

    /** The national target the demo supplies for indicators whose target is the national one. */
    static final double NATIONAL_TARGET = 93.0;

    private static final Set<String> ADDITIVE = Set.of("亿元", "个", "家", "项");
    private static final Actor PROVINCE = new Actor("省级审定员（演示）", "PROVINCE_OFFICER", Scope.ALL, Scope.ALL, "");

    private final IndicatorManagement indicators;
    private final Rounds rounds;
    private final RegionManagement regions;
    private List<Region> prefectures;
    private String province;
    private final long seed;
    private final org.springframework.transaction.support.TransactionOperations transactions;

    IndicatorGenerator(
            IndicatorManagement indicators,
            Rounds rounds,
            RegionManagement regions,
            org.springframework.transaction.support.TransactionOperations transactions,
            long seed) {
        this.transactions = transactions;
        this.indicators = indicators;
        this.rounds = rounds;
        this.regions = regions;
        this.seed = seed;
    }

    /** @return the years filled in now (none on a second start) */
    List<Integer> generate(String planCode, LocalDate today) {
        prefectures = regions.find(RegionLevel.PREFECTURE, null);
        province = regions.find(RegionLevel.PROVINCE, null).get(0).code();
        IndicatorPlan plan = indicators.plans().stream()
                .filter(p -> p.code().equals(planCode))
                .findFirst()
                .orElseThrow();
        List<IndicatorProgressView> entered = indicators.progress(plan.code(), plan.startYear(), province).stream()
                .filter(i -> "ENTERED".equals(i.source()))
                .toList();
        int last = Math.min(plan.endYear(), today.getYear() - 1);
        List<Integer> done = new ArrayList<>();
        for (int year = plan.startYear(); year <= last; year++) {
            int y = year;
            if (rounds.rounds(plan.code()).stream().noneMatch(r -> r.year() == y)) {
                transactions.executeWithoutResult(tx -> fill(plan.code(), entered, y, y == last, today));
                done.add(year);
            }
        }
        return done;
    }

    private void fill(String plan, List<IndicatorProgressView> entered, int year, boolean latest, LocalDate today) {
        ReportingRound round = as(PROVINCE, () -> rounds.open(plan, year, today.minusDays(20), today.plusDays(40)));
        SplittableRandom random = new SplittableRandom(seed * 31 + year);
        Map<String, Map<IndicatorProgressView, Double>> values = new LinkedHashMap<>();
        for (IndicatorProgressView i : entered) {
            double total = value(i, year, random);
            split(i, total, random)
                    .forEach((code, v) -> values.computeIfAbsent(code, k -> new LinkedHashMap<>())
                            .put(i, v));
            values.computeIfAbsent(province, k -> new LinkedHashMap<>()).put(i, total);
        }
        for (Region p : prefectures) {
            Actor filler = officer(p, "填报员");
            as(filler, () -> enter(year, p.code(), values.get(p.code())));
            as(filler, () -> rounds.submit(round.id(), p.code()));
            String fate = latest ? fate(p) : "APPROVED";
            if (fate.equals("SUBMITTED")) {
                continue;
            }
            as(officer(p, "审核员"), () -> rounds.review(round.id(), p.code(), true, "数据已核对"));
            if (!fate.equals("REVIEWED")) {
                boolean approve = fate.equals("APPROVED");
                as(
                        PROVINCE,
                        () -> rounds.decide(round.id(), p.code(), approve, approve ? "" : "国检中心数量与上年口径不一致，请核实后重新提交"));
            }
        }
        as(PROVINCE, () -> enter(year, province, values.get(province)));
        if (!latest) {
            as(PROVINCE, () -> rounds.lock(round.id()));
        }
    }

    /**
     * In the latest year three prefectures are still being worked: the capital's awaits its review (so the demo's
     * prefecture officer has it to do), the last one the province's decision, the one before it its re-entry.
     */
    private String fate(Region p) {
        int n = prefectures.size();
        int at = prefectures.indexOf(p);
        return at == 0 ? "SUBMITTED" : at == n - 1 ? "REVIEWED" : at == n - 2 ? "RETURNED" : "APPROVED";
    }

    private Object enter(int year, String region, Map<IndicatorProgressView, Double> byIndicator) {
        byIndicator.forEach((i, v) -> {
            Double before = indicators.values(i.id(), region).stream()
                    .filter(x -> x.year() == year - 1)
                    .map(x -> x.value())
                    .reduce((a, b) -> b)
                    .orElse(null);
            boolean large = before != null && before != 0 && Math.abs(v - before) / Math.abs(before) > 0.3;
            Double national = i.comparator().equals(">=national") ? NATIONAL_TARGET : null;
            indicators.record(
                    i.id(), new NewIndicatorValue(year, region, v, null, null, national, large ? "当年新增项目较多" : ""));
        });
        return null;
    }

    /**
     * The province's value for a year: the baseline moved along the linear trajectory to the target (at a reduced
     * pace for the {@link #BEHIND} indicators), with noise of 1 % of the planned change; percentages stay within
     * 0–100, a target equal to the baseline is held around it, and counts are whole.
     */
    static double value(IndicatorProgressView i, int year, SplittableRandom random) {
        double target = i.targetValue() == null ? i.baselineValue() + 2.5 : i.targetValue();
        double change = target - i.baselineValue();
        double pace = BEHIND.getOrDefault(i.no(), 1.0);
        double share = (double) (year - i.baselineYear()) / (i.targetYear() - i.baselineYear());
        double noise = (random.nextDouble() - 0.5) * 0.02 * Math.max(Math.abs(change), Math.abs(target) * 0.01);
        double v = i.baselineValue() + change * share * pace + noise;
        if (Math.abs(change) < 1e-9) {
            v = target + (pace < 1 ? -0.3 : 0.2) * random.nextDouble();
        }
        if ("%".equals(i.unit())) {
            v = Math.min(100, Math.max(0, v));
        }
        return ADDITIVE.contains(i.unit()) && !"亿元".equals(i.unit()) ? Math.round(v) : Math.round(v * 100) / 100.0;
    }

    /**
     * The prefectures' values: counts and amounts shared out by a fixed weight per prefecture (the provincial
     * capital largest), whole counts rounded down with the remainder given one each from the capital on, so they add up to the
     * province's; rates and scores
     * scattered around the province's value.
     */
    private Map<String, Double> split(IndicatorProgressView i, double total, SplittableRandom random) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!ADDITIVE.contains(i.unit())) {
            for (Region p : prefectures) {
                double v = total + (SamplingGenerator.regional(p.code()) - 1) * -2 + (random.nextDouble() - 0.5);
                out.put(p.code(), Math.round(Math.min("%".equals(i.unit()) ? 100 : 1e9, v) * 100) / 100.0);
            }
            return out;
        }
        double[] weights = new double[prefectures.size()];
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            weights[k] = k == 0 ? 4 : 1 + (prefectures.get(k).code().hashCode() & 7) / 8.0;
            sum += weights[k];
        }
        boolean whole = !"亿元".equals(i.unit());
        long[] floors = new long[weights.length];
        long given = 0;
        for (int k = 0; k < weights.length; k++) {
            double share = total * weights[k] / sum;
            out.put(prefectures.get(k).code(), whole ? 0 : Math.round(share * 100) / 100.0);
            floors[k] = (long) Math.floor(share);
            given += floors[k];
        }
        if (whole) {
            for (int k = 0; k < weights.length; k++) {
                long extra = k < Math.round(total) - given ? 1 : 0;
                out.put(prefectures.get(k).code(), (double) (floors[k] + extra));
            }
        }
        return out;
    }

    private static Actor officer(Region prefecture, String duty) {
        Scope own = Scope.prefecture(prefecture.code());
        return new Actor(prefecture.name() + duty + "（演示）", "PREFECTURE_OFFICER", own, own, "");
    }

    private static <T> T as(Actor actor, java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(actor, work);
    }
}
