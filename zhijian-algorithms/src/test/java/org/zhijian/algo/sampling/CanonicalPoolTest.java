package org.zhijian.algo.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CanonicalPoolTest {

    /** Ids that are hard for a radix sort: long shared prefixes, equal runs, 16-bit and NUL characters, lengths. */
    private static List<Candidate> awkwardIds(long seed, int n) {
        Random random = new Random(seed);
        String[] prefixes = {"91430102MA4", "91430102MA", "9143", "", "甲乙", "91430102MA4\u0000"};
        char[] alphabet = {'0', '1', '9', 'A', 'Z', '\u0000', '\u00fe', '\u00ff', '\u0100', '湘', '\uffff'};
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder id = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = random.nextInt(random.nextBoolean() ? 3 : 12);
            for (int k = 0; k < length; k++) {
                id.append(
                        random.nextInt(4) == 0
                                ? alphabet[random.nextInt(alphabet.length)]
                                : (char) ('0' + random.nextInt(3)));
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

        assertThat(CanonicalPool.byId(pool)).containsExactlyElementsOf(expected);
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

        assertThat(CanonicalPool.byId(pool)).containsExactlyElementsOf(expected);
    }
}
