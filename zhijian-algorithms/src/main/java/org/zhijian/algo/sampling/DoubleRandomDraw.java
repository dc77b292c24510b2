package org.zhijian.algo.sampling;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The "double random" draw (双随机): random targets, then random inspectors.
 *
 * <p><b>Targets.</b> Candidates are put in canonical order (stratum, then id). Each gets one number {@code u} from
 * {@link SplitMix64#nextOpenDouble()} in that order and the key {@code ln(u) / weight}; in every stratum the
 * {@code targets[stratum]} candidates with the largest keys are selected (ties by id). This is the weighted
 * sampling without replacement of Efraimidis and Spirakis, "Weighted random sampling with a reservoir", Information
 * Processing Letters 97(5), 2006 (algorithm A-ES, key {@code u^(1/w)}, here in logarithms); with equal weights it
 * is a uniform random subset. A stratum with fewer candidates than its target gives all of them and a shortfall.
 *
 * <p><b>Inspectors.</b> Selected targets are taken in stratum and id order. Eligible inspectors are those without
 * a declared conflict with the target and, when the spec says so, not working in the target's county. Each
 * eligible inspector gets a number {@code nextLong()} (in id order) and the {@code inspectorsPerTask} with the
 * fewest tasks so far are assigned, ties broken by that number: assignment is random and the load stays even.
 *
 * <p><b>Verification.</b> {@link #poolHash} is SHA-256 over a canonical text of the algorithm name, targets,
 * inspector rule, pool rules, candidates and inspectors (format in {@link CanonicalPool}). The same inputs and seed give the same outcome on every
 * machine and Java release; changing any candidate, weight, inspector or target changes the hash.
 *
 * <p>Edge cases: an empty pool gives no selections; a target of 0 selects nothing; duplicate candidate or inspector
 * ids are refused; strata in the pool but not in the targets are ignored.
 */
public final class DoubleRandomDraw {

    public static final String ALGORITHM = "zhijian-draw-1";

    /** Pools at least this large are hashed and checked on other threads while the targets are selected. */
    static final int PARALLEL_FROM = 50_000;

    private static final Comparator<Candidate> CANONICAL =
            Comparator.comparing(Candidate::stratum).thenComparing(Candidate::id);

    private DoubleRandomDraw() {}

    public static DrawOutcome draw(List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec, long seed) {
        return draw(pool, inspectors, spec, seed, OutputStream.nullOutputStream());
    }

    /**
     * As {@link #draw(List, List, DrawSpec, long)}, also writing the canonical text that is hashed (see
     * {@link CanonicalPool}) to {@code canonicalCopy}, e.g. to store it as the draw's snapshot. The text is hashed
     * and copied on a second thread while the targets are selected; the outcome does not depend on it.
     */
    public static DrawOutcome draw(
            List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec, long seed, OutputStream canonicalCopy) {
        List<Candidate> candidates = CanonicalPool.order(pool);
        List<Inspector> staff = CanonicalPool.orderInspectors(inspectors);
        // for a large pool the duplicate check and the hash run beside the selection (a duplicate still fails the
        // draw); a small one is quicker done in line than handed to other threads
        boolean parallel = candidates.size() >= PARALLEL_FROM;
        if (!parallel) {
            CanonicalPool.refuseDuplicates(candidates, staff);
        }
        CompletableFuture<Void> unique = parallel
                ? CompletableFuture.runAsync(() -> CanonicalPool.refuseDuplicates(candidates, staff))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<String> hash = parallel
                ? CompletableFuture.supplyAsync(() -> CanonicalPool.hash(candidates, staff, spec, canonicalCopy))
                : CompletableFuture.completedFuture(CanonicalPool.hash(candidates, staff, spec, canonicalCopy));
        SplitMix64 random = new SplitMix64(seed);
        List<String> shortfalls = new ArrayList<>();
        List<Candidate> chosen = selectTargets(candidates, spec, random, shortfalls);
        List<Selection> selections = assign(chosen, staff, spec, random, shortfalls);
        return new DrawOutcome(ALGORITHM, seed, join(unique, hash), selections, shortfalls);
    }

    private static String join(CompletableFuture<Void> unique, CompletableFuture<String> hash) {
        try {
            unique.join();
            return hash.join();
        } catch (CompletionException e) {
            hash.exceptionally(x -> null).join(); // let the copy stream's writer finish before failing
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The SHA-256 (lower-case hex) of the canonical inputs of a draw. */
    public static String poolHash(List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec) {
        return CanonicalPool.hash(
                CanonicalPool.order(pool),
                CanonicalPool.orderInspectors(inspectors),
                spec,
                OutputStream.nullOutputStream());
    }

    private static List<Candidate> selectTargets(
            List<Candidate> candidates, DrawSpec spec, SplitMix64 random, List<String> shortfalls) {
        List<Keyed> kept = new ArrayList<>();
        Map<String, Integer> available = new HashMap<>();
        int at = 0;
        while (at < candidates.size()) { // candidates come grouped by stratum
            String stratum = candidates.get(at).stratum();
            int target = spec.targets().getOrDefault(stratum, 0);
            PriorityQueue<Keyed> heap = new PriorityQueue<>(Keyed.WORST_FIRST);
            int first = at;
            for (; at < candidates.size() && candidates.get(at).stratum().equals(stratum); at++) {
                Candidate c = candidates.get(at);
                double key = Math.log(random.nextOpenDouble()) / c.weight();
                if (target > 0 && (heap.size() < target || better(key, c, heap.peek()))) {
                    heap.add(new Keyed(key, c));
                    if (heap.size() > target) {
                        heap.poll();
                    }
                }
            }
            if (target > 0) {
                available.put(stratum, at - first);
            }
            kept.addAll(heap);
        }
        spec.targets().forEach((s, t) -> {
            int have = available.getOrDefault(s, 0);
            if (have < t) {
                shortfalls.add("分层 " + s + " 只有 " + have + " 个可抽对象，少于计划数 " + t);
            }
        });
        return kept.stream().map(Keyed::candidate).sorted(CANONICAL).toList();
    }

    /** Whether a key beats the weakest kept one: larger, or equal with the smaller id. */
    private static boolean better(double key, Candidate c, Keyed weakest) {
        return key > weakest.key()
                || (key == weakest.key() && c.id().compareTo(weakest.candidate().id()) < 0);
    }

    private static List<Selection> assign(
            List<Candidate> chosen, List<Inspector> staff, DrawSpec spec, SplitMix64 random, List<String> shortfalls) {
        Map<String, Integer> load = new HashMap<>();
        List<Selection> selections = new ArrayList<>(chosen.size());
        for (Candidate target : chosen) {
            List<Ranked> eligible = new ArrayList<>();
            for (Inspector i : staff) {
                boolean sameCounty = spec.recuseOwnCounty()
                        && !i.county().isEmpty()
                        && i.county().equals(target.county());
                if (!sameCounty && !i.conflicts().contains(target.id())) {
                    eligible.add(new Ranked(i.id(), load.getOrDefault(i.id(), 0), random.nextLong()));
                }
            }
            eligible.sort(Ranked.ORDER);
            List<String> assigned = eligible.stream()
                    .limit(spec.inspectorsPerTask())
                    .map(Ranked::id)
                    .toList();
            assigned.forEach(id -> load.merge(id, 1, Integer::sum));
            if (assigned.size() < spec.inspectorsPerTask()) {
                shortfalls.add("对象 " + target.id() + " 只有 " + assigned.size() + " 名可派检查员，少于 " + spec.inspectorsPerTask()
                        + " 名");
            }
            selections.add(new Selection(target.id(), target.stratum(), assigned));
        }
        return selections;
    }

    private record Keyed(double key, Candidate candidate) {
        /** The heap's head is the weakest: smallest key, and of equal keys the larger id. */
        static final Comparator<Keyed> WORST_FIRST = Comparator.comparingDouble(Keyed::key)
                .thenComparing(k -> k.candidate().id(), Comparator.reverseOrder());
    }

    private record Ranked(String id, int load, long tieBreak) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::load)
                .thenComparingLong(Ranked::tieBreak)
                .thenComparing(Ranked::id);
    }
}
