package org.zhijian.algo.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CanonicalPoolTest {

    /**
     * Ids that are hard for a radix sort on UTF-8 bytes: long shared prefixes, equal runs, NUL, characters above
     * U+E000 (which Java orders after the supplementary ones), supplementary characters, different lengths.
     */
    private static List<Candidate> awkwardIds(long seed, int n) {
        Random random = new Random(seed);
        String[] prefixes = {"91430102MA4", "91430102MA", "9143", "", "甲乙", "91430102MA4\u0000"};
        String[] alphabet = {
            "0",
            "1",
            "9",
            "A",
            "Z",
            "\u0000",
            "\u00fe",
            "\u00ff",
            "\u0100",
            "湘",
            "\ue000",
            "\uffff",
            "\ud840\udc00",
            "\ud83d\ude00"
        };
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder id = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = random.nextInt(random.nextBoolean() ? 3 : 12);
            for (int k = 0; k < length; k++) {
                id.append(
                        random.nextInt(4) == 0
                                ? alphabet[random.nextInt(alphabet.length)]
                                : String.valueOf((char) ('0' + random.nextInt(3))));
            }
            id.append('#').append(i); // ids are distinct
            pool.add(new Candidate(id.toString(), "S", "", 1.0));
        }
        return pool;
    }

    @Property(tries = 60)
    void sortsByIdExactlyAsStringComparisonDoes(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int n) {
        List<Candidate> pool = awkwardIds(seed, n);
        List<Candidate> expected = new ArrayList<>(pool);
        expected.sort(Comparator.comparing(Candidate::id));

        assertThat(ordered(pool)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 20)
    void sortsUnicodeCreditCodeLikeIdsWithLongSharedPrefixes(@ForAll long seed) {
        Random random = new Random(seed);
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < 5000; i++) { // same 8-character prefix, then a few digits: many equal radix keys
            pool.add(new Candidate(
                    "91430102" + "0".repeat(random.nextInt(3)) + random.nextInt(100_000) + "X" + i, "S", "", 1));
        }
        List<Candidate> expected = new ArrayList<>(pool);
        expected.sort(Comparator.comparing(Candidate::id));

        assertThat(ordered(pool)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 30)
    void ordersByStratumThenIdWhateverTheInputOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2000) int n) {
        Random random = new Random(seed);
        List<Candidate> pool = new ArrayList<>();
        String[] strata = {"430102", "4301", "430200", "甲", ""};
        for (Candidate c : awkwardIds(seed, n)) {
            pool.add(new Candidate(c.id(), strata[random.nextInt(strata.length)], "", 1.0));
        }
        List<Candidate> expected = new ArrayList<>(pool);
        expected.sort(Comparator.comparing(Candidate::stratum).thenComparing(Candidate::id));

        assertThat(ordered(pool)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 30)
    void findsARepeatedIdAnywhereInThePool(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3000) int n) {
        List<Candidate> pool = new ArrayList<>(awkwardIds(seed, n));
        CanonicalPool.refuseDuplicates(CandidatePool.of(pool), List.of());
        Random random = new Random(seed);
        Candidate again = pool.get(random.nextInt(n));
        pool.add(random.nextInt(pool.size()), new Candidate(again.id(), "T", "x", 2.0));

        assertThatThrownBy(() -> CanonicalPool.refuseDuplicates(CandidatePool.of(pool), List.of()))
                .hasMessage("candidate listed twice: " + again.id());
    }

    @Test
    void refusesIdsThatAreNotValidUnicode() {
        assertThatThrownBy(() -> CandidatePool.builder().add("a\ud800", "S", "", 1.0))
                .hasMessageContaining("valid Unicode");
        byte[] latin1 = {'9', (byte) 0xE9, '1'};
        assertThatThrownBy(() -> CandidatePool.builder().add(latin1, 0, 3, "S", "", 1.0))
                .hasMessageContaining("valid UTF-8");
        byte[] utf8 = "x湘A".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(CandidatePool.builder()
                        .add(utf8, 1, utf8.length, "S", null, 1.0)
                        .build()
                        .candidate(0))
                .isEqualTo(new Candidate("湘A", "S", "", 1.0));
    }

    private static List<Candidate> ordered(List<Candidate> pool) {
        CandidatePool columns = CandidatePool.of(pool);
        List<Candidate> out = new ArrayList<>();
        for (int i : CanonicalOrder.of(columns)) {
            out.add(columns.candidate(i));
        }
        return out;
    }
}
