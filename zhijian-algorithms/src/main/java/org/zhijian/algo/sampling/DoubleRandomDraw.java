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
 * <p><b>Pools.</b> A pool is given as a list of {@link Candidate}s or, for large ones, as a column-wise
 * {@link CandidatePool}; both give the same outcome and hash. The canonical order is computed as positions into the
 * pool (a radix sort on the ids' bytes), so a provincial draw over a million candidates makes no object per
 * candidate.
 *
 * <p>Edge cases: an empty pool gives no selections; a target of 0 selects nothing; duplicate candidate or inspector
 * ids are refused; strata in the pool but not in the targets are ignored.
 */
public final class DoubleRandomDraw {

    public static final String ALGORITHM = "zhijian-draw-1";

    /** Pools at least this large are hashed and checked on other threads while the targets are selected. */
    static final int PARALLEL_FROM = 50_000;

    private DoubleRandomDraw() {}

    public static DrawOutcome draw(List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec, long seed) {
        return draw(CandidatePool.of(pool), inspectors, spec, seed, OutputStream.nullOutputStream());
    }

    /**
     * As {@link #draw(List, List, DrawSpec, long)}, also writing the canonical text that is hashed (see
     * {@link CanonicalPool}) to {@code canonicalCopy}, e.g. to store it as the draw's snapshot.
     */
    public static DrawOutcome draw(
            List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec, long seed, OutputStream canonicalCopy) {
        return draw(CandidatePool.of(pool), inspectors, spec, seed, canonicalCopy);
    }

    /**
     * The draw over a column-wise pool (the form for large pools), writing the canonical text that is hashed to
     * {@code canonicalCopy}. For a large pool the text is hashed and copied, and ids checked for duplicates, on
     * other threads while the targets are selected; the outcome does not depend on it.
     */
    public static DrawOutcome draw(
            CandidatePool pool, List<Inspector> inspectors, DrawSpec spec, long seed, OutputStream canonicalCopy) {
        int[] order = CanonicalOrder.of(pool);
        List<Inspector> staff = CanonicalPool.orderInspectors(inspectors);
        // a small pool is quicker done in line than handed to other threads; a duplicate still fails the draw
        boolean parallel = pool.size() >= PARALLEL_FROM;
        if (!parallel) {
            CanonicalPool.refuseDuplicates(pool, staff);
        }
        CompletableFuture<Void> unique = parallel
                ? CompletableFuture.runAsync(() -> CanonicalPool.refuseDuplicates(pool, staff))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<String> hash = parallel
                ? CompletableFuture.supplyAsync(() -> CanonicalPool.hash(pool, order, staff, spec, canonicalCopy))
                : CompletableFuture.completedFuture(CanonicalPool.hash(pool, order, staff, spec, canonicalCopy));
        SplitMix64 random = new SplitMix64(seed);
        List<String> shortfalls = new ArrayList<>();
        List<Candidate> chosen = selectTargets(pool, order, spec, random, shortfalls);
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
        return poolHash(CandidatePool.of(pool), inspectors, spec);
    }

    /** The SHA-256 (lower-case hex) of the canonical inputs of a draw over a column-wise pool. */
    public static String poolHash(CandidatePool pool, List<Inspector> inspectors, DrawSpec spec) {
        return CanonicalPool.hash(
                pool,
                CanonicalOrder.of(pool),
                CanonicalPool.orderInspectors(inspectors),
                spec,
                OutputStream.nullOutputStream());
    }

    /** The selected candidates in canonical order: per stratum the {@code target} largest keys (see above). */
    private static List<Candidate> selectTargets(
            CandidatePool pool, int[] order, DrawSpec spec, SplitMix64 random, List<String> shortfalls) {
        List<Integer> kept = new ArrayList<>(); // places in the canonical order
        Map<String, Integer> available = new HashMap<>();
        Comparator<Keyed> worstFirst = (a, b) -> strength(pool, a.key(), a.candidate(), b);
        int at = 0;
        while (at < order.length) { // candidates come grouped by stratum
            int stratum = pool.stratumIndex(order[at]);
            int target = spec.targets().getOrDefault(pool.stratumNames()[stratum], 0);
            PriorityQueue<Keyed> heap = new PriorityQueue<>(worstFirst);
            int first = at;
            for (; at < order.length && pool.stratumIndex(order[at]) == stratum; at++) {
                int c = order[at];
                double key = Math.log(random.nextOpenDouble()) / pool.weight(c);
                if (target > 0 && (heap.size() < target || strength(pool, key, c, heap.peek()) > 0)) {
                    heap.add(new Keyed(key, c, at));
                    if (heap.size() > target) {
                        heap.poll();
                    }
                }
            }
            if (target > 0) {
                available.put(pool.stratumNames()[stratum], at - first);
            }
            heap.forEach(k -> kept.add(k.place()));
        }
        spec.targets().forEach((s, t) -> {
            int have = available.getOrDefault(s, 0);
            if (have < t) {
                shortfalls.add("分层 " + s + " 只有 " + have + " 个可抽对象，少于计划数 " + t);
            }
        });
        return kept.stream().sorted().map(place -> pool.candidate(order[place])).toList();
    }

    /**
     * How a candidate with {@code key} stands against a kept one: positive when it is stronger (a larger key, or an
     * equal key and the smaller id). The heap keeps the weakest at its head by this order.
     */
    private static int strength(CandidatePool pool, double key, int candidate, Keyed other) {
        int byKey = Double.compare(key, other.key());
        return byKey != 0 ? byKey : pool.compareIds(other.candidate(), candidate);
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
            selections.add(new Selection(target.id(), target.stratum(), target.county(), assigned));
        }
        return selections;
    }

    /** A candidate's key, its index in the pool and its place in the canonical order. */
    private record Keyed(double key, int candidate, int place) {}

    private record Ranked(String id, int load, long tieBreak) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::load)
                .thenComparingLong(Ranked::tieBreak)
                .thenComparing(Ranked::id);
    }
}
