package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.UserAccount;
import org.zhijian.algo.sampling.CandidatePool;
import org.zhijian.algo.sampling.DrawSpec;
import org.zhijian.algo.sampling.Inspector;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.RegionTarget;

/**
 * Builds a draw's inputs from the current data: the object pool (operating enterprises of the plan's categories
 * in its target regions, less those sampled in the same categories within the exclusion period), the inspector
 * pool (enabled inspector accounts within the organiser's region, with their declared conflicts) and the spec.
 */
@Component
class DrawPool {

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;
    private final AccountManagement accounts;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final SamplingSettings settings;
    private final org.zhijian.credit.CreditManagement credit;

    /** Weights built for some classes (the same object for a month's run) and ratios. */
    private record Built(org.zhijian.credit.DrawClasses classes, Map<String, Double> ratios, ClassWeights weights) {}

    /** The weights last built, reused while the classes and ratios stay the same. */
    private volatile Built lastWeights;

    DrawPool(
            JdbcClient jdbc,
            EnterpriseManagement enterprises,
            AccountManagement accounts,
            RegionManagement regions,
            ClassificationManagement classification,
            SamplingSettings settings,
            org.zhijian.credit.CreditManagement credit) {
        this.credit = credit;
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.regions = regions;
        this.classification = classification;
        this.settings = settings;
    }

    PoolSnapshot build(Plan plan, LocalDate today) {
        Map<String, Integer> targets = new HashMap<>();
        plan.targets().forEach(t -> targets.put(t.regionCode(), t.count()));
        // a county's own plan is carried out by that county's inspectors: recusal by county applies above it
        boolean recuse = settings.recuseOwnCounty() && plan.level() != org.zhijian.sampling.PlanLevel.COUNTY;
        List<String> regionCodes =
                plan.targets().stream().map(RegionTarget::regionCode).toList();
        Map<String, Double> ratios = ClassRatios.parse(plan.classRatios(), new ArrayList<>());
        ClassWeights weights = null;
        String rules = settings.poolRules();
        if (!ratios.isEmpty()) {
            org.zhijian.credit.DrawClasses classes = credit.classesForDraw(regionCodes);
            weights = weights(classes, ratios);
            rules = settings.poolRules(ClassWeights.rules(classes, ratios));
        }
        DrawSpec spec = new DrawSpec(targets, settings.inspectorsPerTask(), recuse, rules);
        // read on a second connection while the database scans the registry: both read committed data
        CompletableFuture<Set<String>> recent =
                CompletableFuture.supplyAsync(() -> recentlySampled(plan.categories(), today));
        CandidatePool candidates = candidates(plan.categories(), regionCodes, targets, recent::join, weights);
        return new PoolSnapshot(candidates, inspectors(plan.organizerRegion()), spec);
    }

    /**
     * Operating enterprises of the categories in the regions, less those {@code excluded} gives (asked once, after
     * the database's scan), each in the stratum of its county when that has a target, else of its prefecture, and
     * weighted by its credit-risk class when {@code weights} is given (else all 1).
     */
    CandidatePool candidates(
            List<String> categories,
            List<String> regionCodes,
            Map<String, Integer> targets,
            Supplier<? extends Collection<String>> excluded,
            ClassWeights weights) {
        CandidatePool.Builder candidates = CandidatePool.builder(1 << 16);
        // members arrive county by county, each county one string: the previous member's county and stratum
        String[] last = {null, null};
        enterprises.readPool(categories, regionCodes, excluded, (utf8, from, to, county, prefecture) -> {
            if (county != last[0]) {
                last[0] = county;
                last[1] = targets.containsKey(county) ? county : prefecture;
            }
            candidates.add(utf8, from, to, last[1], county, weights == null ? 1.0 : weights.weight(utf8, from, to));
        });
        return candidates.build();
    }

    private ClassWeights weights(org.zhijian.credit.DrawClasses classes, Map<String, Double> ratios) {
        Built last = lastWeights;
        if (last != null && last.classes() == classes && last.ratios().equals(ratios)) {
            return last.weights();
        }
        ClassWeights built = new ClassWeights(classes, ratios);
        lastWeights = new Built(classes, Map.copyOf(ratios), built);
        return built;
    }

    /** Enterprises with a sampling record in one of these categories (or below) within the exclusion period. */
    Set<String> recentlySampled(List<String> categories, LocalDate today) {
        if (settings.exclusionMonths() == 0) {
            return Set.of();
        }
        List<String> codes = new ArrayList<>();
        categories.forEach(c -> codes.addAll(classification.subtree(c)));
        return new HashSet<>(jdbc.sql("select distinct enterprise_uscc from sampling_record "
                        + "where category_code in (:codes) and sampled_on > :since")
                .param("codes", codes)
                .param("since", today.minusMonths(settings.exclusionMonths()))
                .query(String.class)
                .list());
    }

    private List<Inspector> inspectors(String organizerRegion) {
        Region organizer = regions.findByCode(organizerRegion).orElseThrow();
        Map<String, Set<String>> conflicts = new HashMap<>();
        jdbc.sql("select inspector, enterprise_uscc from sampling_inspector_conflict")
                .query(rs -> {
                    conflicts
                            .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                });
        return accounts.list().stream()
                .filter(u -> u.role() == Role.INSPECTOR && u.enabled())
                .filter(u -> within(u.regionCode(), organizer))
                .map(u -> new Inspector(u.username(), county(u), conflicts.getOrDefault(u.username(), Set.of())))
                .toList();
    }

    private boolean within(String code, Region organizer) {
        if (organizer.level() == RegionLevel.PROVINCE) {
            return true;
        }
        Region region = code == null ? null : regions.findByCode(code).orElse(null);
        return region != null
                && (region.code().equals(organizer.code()) || organizer.code().equals(region.parent()));
    }

    private String county(UserAccount u) {
        return u.regionCode() != null
                        && regions.findByCode(u.regionCode())
                                .map(r -> r.level() == RegionLevel.COUNTY)
                                .orElse(false)
                ? u.regionCode()
                : "";
    }
}
