package org.zhijian.algo.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DoubleRandomDrawTest {

    private static List<Candidate> pool(int perStratum, String... strata) {
        List<Candidate> pool = new ArrayList<>();
        for (String s : strata) {
            for (int i = 0; i < perStratum; i++) {
                pool.add(new Candidate(s + "-" + String.format("%04d", i), s, s + "0" + (i % 3), 1.0));
            }
        }
        return pool;
    }

    private static List<Inspector> inspectors(int n, String county) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Inspector("insp" + i, county, Set.of()))
                .toList();
    }

    private static DrawSpec spec(Map<String, Integer> targets) {
        return new DrawSpec(targets, 2, true, "exclude-months=6");
    }

    @Property(tries = 50)
    void theSameSeedAndInputsGiveTheSameDrawWhateverTheInputOrder(@ForAll long seed) {
        List<Candidate> pool = pool(40, "430102", "430104");
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        DrawSpec spec = spec(Map.of("430102", 5, "430104", 3));

        DrawOutcome first = DoubleRandomDraw.draw(pool, inspectors(6, "430111"), spec, seed);
        DrawOutcome again = DoubleRandomDraw.draw(shuffled, inspectors(6, "430111"), spec, seed);

        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 50)
    void selectsTheTargetCountPerStratumFromThatStratumWithoutRepeats(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 45) int target) {
        DrawOutcome outcome =
                DoubleRandomDraw.draw(pool(40, "A", "B"), inspectors(4, "X"), spec(Map.of("A", target, "B", 2)), seed);

        assertThat(outcome.selections().stream().filter(s -> s.stratum().equals("A")))
                .hasSize(Math.min(target, 40))
                .allSatisfy(s -> assertThat(s.candidateId()).startsWith("A-"));
        assertThat(outcome.selections().stream().map(Selection::candidateId).distinct())
                .hasSize(outcome.selections().size());
        assertThat(outcome.shortfalls()).hasSize(target > 40 ? 1 : 0);
    }

    @Property(tries = 30)
    void neverSendsAnInspectorToTheirOwnCountyOrToATargetTheyDeclaredAConflictWith(@ForAll long seed) {
        List<Candidate> pool = pool(30, "430102");
        List<Inspector> staff = List.of(
                new Inspector("local", "4301020", Set.of()),
                new Inspector("conflicted", "430999", Set.of("430102-0001", "430102-0002")),
                new Inspector("a", "430111", Set.of()),
                new Inspector("b", "430112", Set.of()),
                new Inspector("c", "4301021", Set.of()));

        DrawOutcome outcome = DoubleRandomDraw.draw(pool, staff, spec(Map.of("430102", 30)), seed);

        Map<String, Candidate> byId = new HashMap<>();
        pool.forEach(c -> byId.put(c.id(), c));
        for (Selection s : outcome.selections()) {
            assertThat(s.inspectors()).hasSize(2).doesNotHaveDuplicates();
            for (String inspector : s.inspectors()) {
                Inspector i = staff.stream()
                        .filter(x -> x.id().equals(inspector))
                        .findFirst()
                        .orElseThrow();
                assertThat(i.county()).isNotEqualTo(byId.get(s.candidateId()).county());
                assertThat(i.conflicts()).doesNotContain(s.candidateId());
            }
        }
    }

    @Test
    void spreadsTasksEvenlyOverTheInspectors() {
        DrawOutcome outcome = DoubleRandomDraw.draw(pool(50, "A"), inspectors(10, "X"), spec(Map.of("A", 50)), 7);

        Map<String, Integer> load = new HashMap<>();
        outcome.selections().forEach(s -> s.inspectors().forEach(i -> load.merge(i, 1, Integer::sum)));
        assertThat(load)
                .hasSize(10)
                .allSatisfy((inspector, tasks) -> assertThat(tasks).isEqualTo(10));
    }

    @Test
    void reportsTargetsThatCannotGetEnoughInspectors() {
        DrawOutcome outcome = DoubleRandomDraw.draw(
                pool(3, "A"), List.of(new Inspector("only", "X", Set.of())), spec(Map.of("A", 2)), 7);

        assertThat(outcome.shortfalls())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s).contains("只有 1 名可派检查员"));
    }

    /** With one selection, A-ES picks candidate i with probability w_i / sum(w) (Efraimidis and Spirakis 2006). */
    @Test
    void selectsInProportionToWeight() {
        List<Candidate> pool = List.of(
                new Candidate("low", "S", "", 1), new Candidate("mid", "S", "", 2), new Candidate("high", "S", "", 3));
        Map<String, Integer> wins = new HashMap<>();
        int draws = 60_000;
        for (long seed = 0; seed < draws; seed++) {
            DrawOutcome o = DoubleRandomDraw.draw(pool, inspectors(2, "X"), spec(Map.of("S", 1)), seed);
            wins.merge(o.selections().get(0).candidateId(), 1, Integer::sum);
        }
        assertThat(wins.get("low") / (double) draws).isCloseTo(1 / 6.0, within(0.01));
        assertThat(wins.get("mid") / (double) draws).isCloseTo(2 / 6.0, within(0.01));
        assertThat(wins.get("high") / (double) draws).isCloseTo(3 / 6.0, within(0.01));
    }

    /** Equal weights: every candidate's inclusion probability is target / pool size. */
    @Test
    void withEqualWeightsEveryCandidateIsEquallyLikely() {
        List<Candidate> pool = pool(20, "S");
        Map<String, Integer> hits = new HashMap<>();
        int draws = 20_000;
        for (long seed = 0; seed < draws; seed++) {
            DoubleRandomDraw.draw(pool, inspectors(2, "X"), spec(Map.of("S", 5)), seed)
                    .selections()
                    .forEach(s -> hits.merge(s.candidateId(), 1, Integer::sum));
        }
        assertThat(hits)
                .hasSize(20)
                .allSatisfy((id, n) -> assertThat(n / (double) draws).isCloseTo(0.25, within(0.015)));
    }

    @Test
    void thePoolHashChangesWithAnyInputAndNotWithTheirOrder() {
        List<Candidate> pool = pool(5, "A");
        DrawSpec spec = spec(Map.of("A", 2));
        String hash = DoubleRandomDraw.poolHash(pool, inspectors(3, "X"), spec);
        List<Candidate> reversed = new ArrayList<>(pool);
        Collections.reverse(reversed);

        assertThat(hash).hasSize(64).isEqualTo(DoubleRandomDraw.poolHash(reversed, inspectors(3, "X"), spec));
        List<Candidate> reweighted = new ArrayList<>(pool);
        reweighted.set(0, new Candidate(pool.get(0).id(), "A", pool.get(0).county(), 2.0));
        assertThat(DoubleRandomDraw.poolHash(reweighted, inspectors(3, "X"), spec))
                .isNotEqualTo(hash);
        assertThat(DoubleRandomDraw.poolHash(pool, inspectors(4, "X"), spec)).isNotEqualTo(hash);
        assertThat(DoubleRandomDraw.poolHash(pool, inspectors(3, "X"), spec(Map.of("A", 3))))
                .isNotEqualTo(hash);
        assertThat(DoubleRandomDraw.poolHash(pool, inspectors(3, "X"), new DrawSpec(Map.of("A", 2), 2, true, "x")))
                .isNotEqualTo(hash);
    }

    @Test
    void refusesDuplicateCandidatesAndBadWeights() {
        List<Candidate> twice = List.of(new Candidate("a", "S", "", 1), new Candidate("a", "S", "", 1));
        assertThatThrownBy(() -> DoubleRandomDraw.draw(twice, List.of(), spec(Map.of("S", 1)), 1))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Candidate("a", "S", "", 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Candidate("a", "S", "", Double.NaN)).hasMessageContaining("positive");
    }

    /** Pinned outcome of "zhijian-draw-1": stored draws must verify on every later release. */
    @Test
    void keepsTheOutcomeAndHashOfTheFirstAlgorithmVersion() {
        List<Candidate> pool = new ArrayList<>();
        for (String s : new String[] {"430102", "430104", "430200"}) {
            for (int i = 0; i < 30; i++) {
                pool.add(new Candidate(s + "-" + String.format("%04d", i), s, s + "0" + (i % 3), i % 7 == 0 ? 2.5 : 1));
            }
        }
        pool.add(new Candidate("湖南-甲", "430102", "4301020", 1.0));
        List<Inspector> staff = List.of(
                new Inspector("a", "4301020", Set.of("430102-0003")),
                new Inspector("b", "", Set.of()),
                new Inspector("c", "4301041", Set.of("x", "y")));
        DrawSpec spec = new DrawSpec(Map.of("430102", 4, "430104", 3, "430200", 2), 2, true, "exclude-months=6");

        DrawOutcome outcome = DoubleRandomDraw.draw(pool, staff, spec, 20261129L);

        assertThat(outcome.poolHash()).isEqualTo("9e9c1eb2190c806baccef53081203edb4f850f9520d6a241fcbbc40443a0cf0d");
        assertThat(outcome.selections())
                .extracting(s -> s.candidateId() + " " + s.inspectors())
                .containsExactly(
                        "430102-0012 [c, a]",
                        "430102-0016 [b, a]",
                        "430102-0026 [b, c]",
                        "湖南-甲 [c, b]",
                        "430104-0007 [a, c]",
                        "430104-0010 [a, b]",
                        "430104-0028 [b, a]",
                        "430200-0022 [c, b]",
                        "430200-0025 [a, c]");
    }

    @Test
    void copiesExactlyTheTextItHashes() throws Exception {
        List<Candidate> pool =
                List.of(new Candidate("b", "S", "430102", 1.0), new Candidate("甲".repeat(30_000), "S", "430102", 0.5));
        List<Inspector> staff = List.of(new Inspector("x", "", Set.of("b", "a")));
        DrawSpec spec = new DrawSpec(Map.of("S", 1), 1, false, "r");
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();

        DrawOutcome outcome = DoubleRandomDraw.draw(pool, staff, spec, 7, copy);

        String text = copy.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("zhijian-draw-1\nT\tS\t1\nR\t1\tfalse\tr\nC\tb\tS\t430102\t1.0\nC\t" + "甲".repeat(30_000)
                        + "\tS\t430102\t0.5\nI\tx\t\ta,b\n");
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(copy.toByteArray());
        assertThat(outcome.poolHash()).isEqualTo(java.util.HexFormat.of().formatHex(sha));
    }

    @Test
    void refusesACandidateListedInTwoStrata() {
        List<Candidate> twice = List.of(new Candidate("a", "S", "", 1), new Candidate("a", "T", "", 1));
        assertThatThrownBy(() -> DoubleRandomDraw.draw(twice, List.of(), spec(Map.of("S", 1)), 1))
                .hasMessageContaining("twice");
    }

    @Test
    void aLargePoolHashedOnOtherThreadsGivesTheSameOutcomeAndHash() {
        List<Candidate> pool = pool(DoubleRandomDraw.PARALLEL_FROM / 2 + 1, "A", "B");
        DrawSpec spec = spec(Map.of("A", 30, "B", 20));
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();

        DrawOutcome first = DoubleRandomDraw.draw(pool, inspectors(5, "X"), spec, 99, copy);
        DrawOutcome again = DoubleRandomDraw.draw(pool, inspectors(5, "X"), spec, 99);

        assertThat(again).isEqualTo(first);
        assertThat(first.poolHash()).isEqualTo(DoubleRandomDraw.poolHash(pool, inspectors(5, "X"), spec));
        assertThat(copy.size()).as("one line per candidate").isGreaterThan(pool.size() * 15);
        List<Candidate> twice = new ArrayList<>(pool);
        twice.add(pool.get(7));
        assertThatThrownBy(() -> DoubleRandomDraw.draw(twice, inspectors(5, "X"), spec, 99))
                .hasMessageContaining("twice");
    }
}
