package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.statistics.Homogeneity;
import org.zhijian.algo.statistics.Proportion;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.PassRate;
import org.zhijian.sampling.PassRateQuery;
import org.zhijian.sampling.PassRates;
import org.zhijian.sampling.PlaceType;
import org.zhijian.sampling.PlanLevel;
import org.zhijian.sampling.QualityIndicator;

/**
 * Batch pass rates (批次合格率) of sampling records with a final verdict, by group, with Wilson intervals, the change
 * against the year before and the chi-square test of homogeneity; and the plan's computed quality indicators.
 * Rates of larger areas are always Σ passed / Σ tested, never averages of rates.
 */
@Component
class SamplingStatistics {

    private static final Map<String, String> GROUPS = Map.of(
            "category",
            "r.category_code",
            "industry",
            "r.industry_code",
            "placeType",
            "r.place_type",
            "level",
            "p.level");

    private final JdbcClient jdbc;
    private final SampleReads samples;
    private final RegionManagement regions;
    private final ClassificationManagement classification;

    SamplingStatistics(
            JdbcClient jdbc, SampleReads samples, RegionManagement regions, ClassificationManagement classification) {
        this.jdbc = jdbc;
        this.samples = samples;
        this.regions = regions;
        this.classification = classification;
    }

    PassRates passRates(PassRateQuery q) {
        int year = q.year() == null ? LocalDate.now().getYear() : q.year();
        String by = q.by() == null || q.by().isBlank() ? "region" : q.by().strip();
        if (!by.equals("region") && !GROUPS.containsKey(by)) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, "by 应为 region、category、industry、placeType 或 level");
        }
        Map<Integer, Map<String, long[]>> byYear = counts(by, year - 1, year, q, kindCodes(q.kind()));
        Map<String, long[]> now = byYear.getOrDefault(year, new TreeMap<>());
        Map<String, long[]> before = byYear.getOrDefault(year - 1, Map.of());
        Homogeneity.Result test = Homogeneity.test(now.entrySet().stream()
                .map(e -> new Homogeneity.Group(e.getKey(), e.getValue()[0], e.getValue()[1] - e.getValue()[0]))
                .toList());
        Map<String, Double> residuals = new HashMap<>();
        test.residuals().forEach(r -> residuals.put(r.key(), r.adjustedResidual()));
        List<PassRate> groups = new ArrayList<>();
        long passed = 0;
        long total = 0;
        for (Map.Entry<String, long[]> e : now.entrySet()) {
            groups.add(rate(
                    e.getKey(), name(by, e.getKey()), e.getValue(), before.get(e.getKey()), residuals.get(e.getKey())));
            passed += e.getValue()[0];
            total += e.getValue()[1];
        }
        long[] beforeTotal =
                before.values().stream().reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        PassRate overall =
                rate("ALL", "合计", new long[] {passed, total}, beforeTotal[1] == 0 ? null : beforeTotal, null);
        return new PassRates(
                by,
                year,
                groups,
                overall,
                test.chiSquare(),
                test.degreesOfFreedom(),
                test.pValue(),
                test.smallExpected());
    }

    /** Passed and tested per group key. */
    /** The overall rate of each of the {@code years} years up to the query's year, from one pass over the records. */
    List<PassRate> yearly(PassRateQuery q, int years) {
        int to = q.year() == null ? LocalDate.now().getYear() : q.year();
        Map<Integer, Map<String, long[]>> byYear = counts("region", to - years + 1, to, q, kindCodes(q.kind()));
        List<PassRate> rates = new ArrayList<>();
        for (int y = to - years + 1; y <= to; y++) {
            long[] sum = byYear.getOrDefault(y, Map.of()).values().stream().reduce(new long[2], (a, b) ->
                    new long[] {a[0] + b[0], a[1] + b[1]});
            rates.add(rate(Integer.toString(y), y + "年", sum, null, null));
        }
        return rates;
    }

    /** Passed and tested per group key of one year. */
    Map<String, long[]> counts(String by, int year, PassRateQuery q, List<String> kindCodes) {
        return counts(by, year, year, q, kindCodes).getOrDefault(year, new TreeMap<>());
    }

    /** Passed and tested per year and group key, in one pass over the records. */
    Map<Integer, Map<String, long[]>> counts(
            String by, int fromYear, int toYear, PassRateQuery q, List<String> kindCodes) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>(List.of(
                samples.scope(params),
                "r.verdict in ('CONFORMING', 'NONCONFORMING')",
                "r.sampled_on >= :from",
                "r.sampled_on < :to"));
        params.put("from", LocalDate.of(fromYear, 1, 1));
        params.put("to", LocalDate.of(toYear + 1, 1, 1));
        String group = by.equals("region") ? regionGroup(q.region(), where, params) : GROUPS.get(by);
        if (!by.equals("region")) {
            regionGroup(q.region(), where, params);
        }
        if (kindCodes != null) {
            where.add("r.category_code in (:kindCodes)");
            params.put("kindCodes", kindCodes.isEmpty() ? List.of("--") : kindCodes);
        }
        if (q.level() != null && !q.level().isBlank()) {
            where.add("p.level = :level");
            params.put("level", q.level().strip());
        }
        boolean plan = by.equals("level") || (q.level() != null && !q.level().isBlank());
        Map<Integer, Map<String, long[]>> counts = new TreeMap<>();
        jdbc.sql("select extract(year from r.sampled_on)::int, coalesce(" + group + ", '—'), "
                        + "count(*) filter (where r.verdict = 'CONFORMING'), count(*) from sampling_record r"
                        + (plan ? " join sampling_plan p on p.id = r.plan_id" : "") + " where "
                        + String.join(" and ", where)
                        + " group by 1, 2")
                .params(params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getInt(1), y -> new TreeMap<>())
                            .put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
                });
        return counts;
    }

    /** Groups by prefecture, or by the counties of a prefecture, or one county; adds the region filter. */
    private String regionGroup(String code, List<String> where, Map<String, Object> params) {
        Region region = code == null || code.isBlank()
                ? null
                : regions.findByCode(code.strip()).orElse(null);
        if (region == null || region.level() == RegionLevel.PROVINCE) {
            return "r.prefecture_code";
        }
        params.put("region", region.code());
        if (region.level() == RegionLevel.PREFECTURE) {
            where.add("r.prefecture_code = :region");
        } else {
            where.add("r.county_code = :region");
        }
        return "r.county_code";
    }

    private List<String> kindCodes(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        Set<String> kinds = Set.of(kind.strip().split(","));
        return classification.categories().stream()
                .filter(c -> kinds.contains(c.kind().name()))
                .map(c -> c.code())
                .toList();
    }

    static PassRate rate(String key, String name, long[] now, long[] before, Double residual) {
        Proportion p = Proportion.wilson(now[0], now[1]);
        Double previous = before == null || before[1] == 0 ? null : before[0] / (double) before[1];
        Double change = previous == null || now[1] == 0 ? null : (p.rate() - previous) * 100;
        return new PassRate(
                key,
                name,
                now[0],
                now[1],
                now[1] == 0 ? null : p.rate(),
                p.lower(),
                p.upper(),
                previous,
                change,
                residual,
                residual != null && Math.abs(residual) > 1.96);
    }

    private String name(String by, String key) {
        return switch (by) {
            case "region" -> regions.findByCode(key).map(Region::name).orElse(key);
            case "category" ->
                classification.findCategory(key).map(c -> c.nameZh()).orElse(key);
            case "industry" ->
                classification.findIndustry(key).map(i -> i.name()).orElse(key);
            case "placeType" -> PlaceType.parse(key).map(PlaceType::label).orElse(key);
            case "level" ->
                java.util.Arrays.stream(PlanLevel.values())
                        .filter(l -> l.name().equals(key))
                        .map(PlanLevel::label)
                        .findFirst()
                        .orElse(key);
            default -> key;
        };
    }

    List<QualityIndicator> indicators(Integer year, String region) {
        int y = year == null ? LocalDate.now().getYear() : year;
        Map<String, Double> weights = new HashMap<>();
        jdbc.sql("select industry_code, weight from sampling_industry_weight").query(rs -> {
            weights.put(rs.getString(1), rs.getDouble(2));
        });
        List<QualityIndicator> out = new ArrayList<>();
        for (String[] i : new String[][] {
            {"manufacturing", "制造业产品质量合格率", "INDUSTRIAL,CONSUMER"}, {"consumer", "消费品质量合格率", "CONSUMER"},
            {"food", "食品抽检合格率", "FOOD"}, {"agricultural", "农产品质量安全抽检合格率", "AGRICULTURAL"},
            {"drug", "基本药物抽检合格率", "DRUG"}
        }) {
            PassRateQuery q = new PassRateQuery("industry", y, region, i[2], null);
            Map<String, long[]> byIndustry = counts("industry", y, q, kindCodes(i[2]));
            long passed = byIndustry.values().stream().mapToLong(c -> c[0]).sum();
            long total = byIndustry.values().stream().mapToLong(c -> c[1]).sum();
            out.add(new QualityIndicator(
                    i[0],
                    i[1],
                    rate(i[0], i[1], new long[] {passed, total}, null, null),
                    weighted(byIndustry, weights)));
        }
        return out;
    }

    /** Σ wᵢ·rateᵢ / Σ wᵢ over the industries that have samples and a weight; null without weights. */
    static Double weighted(Map<String, long[]> byIndustry, Map<String, Double> weights) {
        double sum = 0;
        double weight = 0;
        for (Map.Entry<String, long[]> e : byIndustry.entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null && e.getValue()[1] > 0) {
                sum += w * e.getValue()[0] / e.getValue()[1];
                weight += w;
            }
        }
        return weight == 0 ? null : sum / weight;
    }
}
