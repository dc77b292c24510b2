package org.zhijian.algo.sampling;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A draw's object pool held column-wise: the candidates' ids as UTF-8 bytes one after another in one array, and per
 * candidate the index of its stratum and county and its weight. A provincial pool has about a million candidates;
 * held as {@link Candidate} records each costs a record and a string, about a hundred bytes in a dozen places on the
 * heap, which the garbage collector copies while the draw runs and every comparison chases. Here the pool is five
 * arrays. Candidates keep the order they were added in; {@link DoubleRandomDraw} puts them in canonical order.
 *
 * <p>The same rules as for {@link Candidate} apply: a non-empty id, a stratum, a positive finite weight; a missing
 * county is empty. Ids must be valid Unicode (no unpaired surrogates), as they are hashed as UTF-8.
 */
public final class CandidatePool {

    private final byte[] ids;
    private final int[] starts;
    private final int[] strata;
    private final int[] counties;
    private final double[] weights;
    private final String[] stratumNames;
    private final String[] countyNames;
    private final int size;

    private CandidatePool(Builder b) {
        this.size = b.size;
        this.ids = Arrays.copyOf(b.ids, b.used);
        this.starts = Arrays.copyOf(b.starts, size + 1);
        this.strata = Arrays.copyOf(b.strata, size);
        this.counties = Arrays.copyOf(b.counties, size);
        this.weights = Arrays.copyOf(b.weights, size);
        this.stratumNames = b.stratumNames.toArray(String[]::new);
        this.countyNames = b.countyNames.toArray(String[]::new);
    }

    public static Builder builder() {
        return new Builder(1024);
    }

    /** A builder with room for about {@code expectedSize} candidates (it grows beyond). */
    public static Builder builder(int expectedSize) {
        return new Builder(Math.max(16, expectedSize));
    }

    public static CandidatePool of(Collection<Candidate> candidates) {
        Builder b = new Builder(Math.max(16, candidates.size()));
        candidates.forEach(c -> b.add(c.id(), c.stratum(), c.county(), c.weight()));
        return b.build();
    }

    public int size() {
        return size;
    }

    public String id(int i) {
        return new String(ids, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    public String stratum(int i) {
        return stratumNames[strata[i]];
    }

    public String county(int i) {
        return countyNames[counties[i]];
    }

    public double weight(int i) {
        return weights[i];
    }

    public Candidate candidate(int i) {
        return new Candidate(id(i), stratum(i), county(i), weights[i]);
    }

    /** The candidates as records, in the order they were added (for small pools and tests). */
    public List<Candidate> candidates() {
        List<Candidate> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(candidate(i));
        }
        return all;
    }

    byte[] idBytes() {
        return ids;
    }

    int idStart(int i) {
        return starts[i];
    }

    int idEnd(int i) {
        return starts[i + 1];
    }

    int stratumIndex(int i) {
        return strata[i];
    }

    int countyIndex(int i) {
        return counties[i];
    }

    String[] stratumNames() {
        return stratumNames;
    }

    String[] countyNames() {
        return countyNames;
    }

    /**
     * Compares two candidates' ids exactly as {@link String#compareTo} compares the strings. UTF-8 bytes compared
     * unsigned give code point order, which differs from Java's UTF-16 order in one place: characters U+E000 to
     * U+FFFF (lead bytes EE, EF) sort after the supplementary ones (lead bytes F0 to F4, surrogate pairs in UTF-16).
     * {@link #rank} moves those two lead bytes above F4; a first difference between two valid UTF-8 strings always
     * falls on the same position in a character, so this gives UTF-16 order.
     */
    int compareIds(int a, int b) {
        int i = starts[a];
        int j = starts[b];
        int endA = starts[a + 1];
        int endB = starts[b + 1];
        for (; i < endA && j < endB; i++, j++) {
            if (ids[i] != ids[j]) {
                return rank(ids[i]) - rank(ids[j]);
            }
        }
        return (endA - i) - (endB - j);
    }

    /** A byte's place in the id order: unsigned, with the lead bytes EE and EF after F4 (see {@link #compareIds}). */
    static int rank(byte b) {
        int v = b & 0xFF;
        return v == 0xEE ? 0xF5 : v == 0xEF ? 0xF6 : v;
    }

    /** Adds candidates one by one; a builder is used once. */
    public static final class Builder {
        private byte[] ids;
        private int used;
        private int[] starts;
        private int[] strata;
        private int[] counties;
        private double[] weights;
        private int size;
        private final Map<String, Integer> stratumIndex = new HashMap<>();
        private final Map<String, Integer> countyIndex = new HashMap<>();
        private final List<String> stratumNames = new ArrayList<>();
        private final List<String> countyNames = new ArrayList<>();
        private String lastStratum;
        private String lastCounty;
        private int lastStratumIndex;
        private int lastCountyIndex;

        private Builder(int capacity) {
            ids = new byte[capacity * 20];
            starts = new int[capacity + 1];
            strata = new int[capacity];
            counties = new int[capacity];
            weights = new double[capacity];
        }

        public Builder add(String id, String stratum, String county, double weight) {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("a candidate needs an id and a stratum");
            }
            byte[] utf8 = ascii(id) ? null : strictUtf8(id);
            if (utf8 != null) {
                return add(utf8, 0, utf8.length, stratum, county, weight);
            }
            room(id.length());
            for (int k = 0; k < id.length(); k++) {
                ids[used + k] = (byte) id.charAt(k);
            }
            return added(id.length(), stratum, county, weight);
        }

        /**
         * Adds a candidate whose id is the UTF-8 bytes {@code utf8[from, to)} (copied: the array may be reused).
         */
        public Builder add(byte[] utf8, int from, int to, String stratum, String county, double weight) {
            if (to <= from) {
                throw new IllegalArgumentException("a candidate needs an id and a stratum");
            }
            for (int k = from; k < to; k++) {
                if (utf8[k] < 0) { // not ASCII: must be well-formed UTF-8
                    checkUtf8(utf8, from, to);
                    break;
                }
            }
            room(to - from);
            System.arraycopy(utf8, from, ids, used, to - from);
            return added(to - from, stratum, county, weight);
        }

        public CandidatePool build() {
            return new CandidatePool(this);
        }

        private Builder added(int length, String stratum, String county, double weight) {
            if (stratum == null) {
                throw new IllegalArgumentException("a candidate needs an id and a stratum");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive and finite: " + weight + " for "
                        + new String(ids, used, length, StandardCharsets.UTF_8));
            }
            used += length;
            starts[size + 1] = used;
            strata[size] = stratum(stratum);
            counties[size] = county(county == null ? "" : county);
            weights[size] = weight;
            size++;
            return this;
        }

        private int stratum(String name) {
            if (name != lastStratum) { // callers usually pass the same instance for a run of candidates
                lastStratumIndex = index(name, stratumIndex, stratumNames);
                lastStratum = name;
            }
            return lastStratumIndex;
        }

        private int county(String name) {
            if (name != lastCounty) {
                lastCountyIndex = index(name, countyIndex, countyNames);
                lastCounty = name;
            }
            return lastCountyIndex;
        }

        private static int index(String name, Map<String, Integer> index, List<String> names) {
            return index.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        private void room(int length) {
            if (used + length > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, used + length));
            }
            if (size == strata.length) {
                int capacity = size * 2;
                starts = Arrays.copyOf(starts, capacity + 1);
                strata = Arrays.copyOf(strata, capacity);
                counties = Arrays.copyOf(counties, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
        }

        private static boolean ascii(String s) {
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] strictUtf8(String id) {
            try {
                ByteBuffer bytes = StandardCharsets.UTF_8
                        .newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(java.nio.CharBuffer.wrap(id));
                return Arrays.copyOf(bytes.array(), bytes.limit());
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("a candidate id must be valid Unicode: " + id, e);
            }
        }

        private static void checkUtf8(byte[] utf8, int from, int to) {
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(utf8, from, to - from));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("a candidate id must be valid UTF-8", e);
            }
        }
    }
}
