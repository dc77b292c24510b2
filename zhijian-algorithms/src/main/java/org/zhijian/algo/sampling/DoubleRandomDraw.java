package org.zhijian.algo.sampling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;

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
 * inspector rule, pool rules, candidates and inspectors. The same inputs and seed give the same outcome on every
 * machine and Java release; changing any candidate, weight, inspector or target changes the hash.
 *
 * <p>Edge cases: an empty pool gives no selections; a target of 0 selects nothing; duplicate candidate or inspector
 * ids are refused; strata in the pool but not in the targets are ignored.
 */
public final class DoubleRandomDraw {

    public static final String ALGORITHM = "zhijian-draw-1";

    private static final Comparator<Candidate> CANONICAL =
            Comparator.comparing(Candidate::stratum).thenComparing(Candidate::id);

    private DoubleRandomDraw() {}

    public static DrawOutcome draw(List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec, long seed) {
        List<Candidate> candidates = canonical(pool);
        List<Inspector> staff =
                inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
        refuseDuplicates(candidates, staff);
        SplitMix64 random = new SplitMix64(seed);
        List<String> shortfalls = new ArrayList<>();
        List<Candidate> chosen = selectTargets(candidates, spec, random, shortfalls);
        List<Selection> selections = assign(chosen, staff, spec, random, shortfalls);
        return new DrawOutcome(ALGORITHM, seed, poolHash(candidates, staff, spec), selections, shortfalls);
    }

    /** The SHA-256 (lower-case hex) of the canonical inputs of a draw. */
    public static String poolHash(List<Candidate> pool, List<Inspector> inspectors, DrawSpec spec) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        update(sha, ALGORITHM + "\n");
        spec.targets().forEach((stratum, count) -> update(sha, "T\t" + stratum + "\t" + count + "\n"));
        update(sha, "R\t" + spec.inspectorsPerTask() + "\t" + spec.recuseOwnCounty() + "\t" + spec.rules() + "\n");
        StringBuilder line = new StringBuilder(96);
        byte[] buffer = new byte[1 << 16];
        int used = 0;
        for (Candidate c : canonical(pool)) {
            line.setLength(0);
            line.append("C\t")
                    .append(c.id())
                    .append('\t')
                    .append(c.stratum())
                    .append('\t')
                    .append(c.county())
                    .append('\t')
                    .append(c.weight())
                    .append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            if (used + bytes.length > buffer.length) {
                sha.update(buffer, 0, used);
                used = 0;
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
        sha.update(buffer, 0, used);
        inspectors.stream()
                .sorted(Comparator.comparing(Inspector::id))
                .forEach(i -> update(
                        sha,
                        "I\t" + i.id() + "\t" + i.county() + "\t" + String.join(",", new TreeSet<>(i.conflicts()))
                                + "\n"));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Candidate> selectTargets(
            List<Candidate> candidates, DrawSpec spec, SplitMix64 random, List<String> shortfalls) {
        Map<String, PriorityQueue<Keyed>> best = new HashMap<>();
        Map<String, Integer> available = new HashMap<>();
        String stratum = null;
        int target = 0;
        PriorityQueue<Keyed> heap = null;
        for (Candidate c : candidates) {
            double key = Math.log(random.nextOpenDouble()) / c.weight();
            if (!c.stratum().equals(stratum)) { // candidates come grouped by stratum
                stratum = c.stratum();
                target = spec.targets().getOrDefault(stratum, 0);
                heap = target == 0 ? null : best.computeIfAbsent(stratum, s -> new PriorityQueue<>(Keyed.WORST_FIRST));
            }
            if (heap == null) {
                continue;
            }
            available.merge(stratum, 1, Integer::sum);
            // only a key better than the weakest kept one can enter a full heap
            if (heap.size() < target || Keyed.WORST_FIRST.compare(new Keyed(key, c), heap.peek()) > 0) {
                heap.add(new Keyed(key, c));
                if (heap.size() > target) {
                    heap.poll();
                }
            }
        }
        spec.targets().forEach((s, t) -> {
            int have = available.getOrDefault(s, 0);
            if (have < t) {
                shortfalls.add("分层 " + s + " 只有 " + have + " 个可抽对象，少于计划数 " + t);
            }
        });
        return best.values().stream()
                .flatMap(PriorityQueue::stream)
                .map(Keyed::candidate)
                .sorted(CANONICAL)
                .toList();
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

    /**
     * The pool in canonical order. Already ordered input (the usual case when re-hashing) is returned as it is;
     * otherwise candidates are grouped by stratum and each group sorted by id, which is several times faster than
     * one sort with a two-key comparator on a million entries.
     */
    private static List<Candidate> canonical(List<Candidate> pool) {
        if (ordered(pool)) {
            return pool;
        }
        java.util.TreeMap<String, List<Candidate>> strata = new java.util.TreeMap<>();
        for (Candidate c : pool) {
            strata.computeIfAbsent(c.stratum(), s -> new ArrayList<>()).add(c);
        }
        List<Candidate> sorted = new ArrayList<>(pool.size());
        for (List<Candidate> group : strata.values()) {
            Candidate[] array = group.toArray(Candidate[]::new);
            java.util.Arrays.parallelSort(array, BY_ID);
            sorted.addAll(java.util.Arrays.asList(array));
        }
        return sorted;
    }

    private static boolean ordered(List<Candidate> pool) {
        for (int i = 1; i < pool.size(); i++) {
            Candidate a = pool.get(i - 1);
            Candidate b = pool.get(i);
            int strata = a.stratum().compareTo(b.stratum());
            if (strata > 0 || (strata == 0 && a.id().compareTo(b.id()) > 0)) {
                return false;
            }
        }
        return true;
    }

    private static final Comparator<Candidate> BY_ID = new Comparator<>() {
        @Override
        public int compare(Candidate a, Candidate b) {
            return a.id().compareTo(b.id());
        }
    };

    private static void refuseDuplicates(List<Candidate> candidates, List<Inspector> staff) {
        java.util.Set<String> ids = new java.util.HashSet<>(candidates.size() * 4 / 3 + 16);
        for (Candidate c : candidates) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("candidate listed twice: " + c.id());
            }
        }
        ids = new java.util.HashSet<>();
        for (Inspector i : staff) {
            if (!ids.add(i.id())) {
                throw new IllegalArgumentException("inspector listed twice: " + i.id());
            }
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
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
