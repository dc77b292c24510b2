package org.zhijian.algo.sampling;

import java.util.Arrays;

/**
 * The canonical order of a draw's pool (see {@link CanonicalPool}), as positions into a {@link CandidatePool}: by
 * stratum as strings compare, then by id exactly as {@link String#compareTo} orders the ids.
 */
final class CanonicalOrder {

    private CanonicalOrder() {}

    /**
     * The pool's canonical order as positions into it: by stratum (as strings compare), then by id. Candidates are
     * counted into their strata, and each stratum is sorted by id on its own (in parallel: strata are independent).
     */
    static int[] of(CandidatePool pool) {
        String[] names = pool.stratumNames();
        Integer[] byName = new Integer[names.length];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, (a, b) -> names[a].compareTo(names[b]));
        int[] rank = new int[names.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        int[] groupStart = new int[names.length + 1];
        for (int i = 0; i < pool.size(); i++) {
            groupStart[rank[pool.stratumIndex(i)] + 1]++;
        }
        for (int g = 0; g < names.length; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] order = new int[pool.size()];
        int[] next = Arrays.copyOf(groupStart, names.length);
        for (int i = 0; i < pool.size(); i++) {
            order[next[rank[pool.stratumIndex(i)]]++] = i;
        }
        java.util.stream.IntStream.range(0, names.length)
                .parallel()
                .forEach(g -> sortById(pool, order, groupStart[g], groupStart[g + 1], 0));
        return order;
    }

    /**
     * Sorts {@code order[from, to)}, whose ids share their first {@code known} bytes, by id
     * ({@link CandidatePool#compareIds}). A most-significant-first radix sort on primitive keys: the next bytes after
     * the range's common prefix (each as its {@link CandidatePool#rank} plus one, 0 past the end) fill the high bits
     * of a long and the entry's place the low bits; the longs are sorted, and runs with equal bytes are sorted the
     * same way from the next bytes on. Small ranges are sorted by comparison.
     */
    private static void sortById(CandidatePool pool, int[] order, int from, int to, int known) {
        int n = to - from;
        if (n < 48) {
            insertionSort(pool, order, from, to);
            return;
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
        int width = (64 - indexBits) / 8; // at least 5 bytes for any array Java can hold
        int start = commonPrefix(pool, order, from, to, known);
        byte[] ids = pool.idBytes();
        long[] keys = new long[n];
        boolean more = false; // whether any id goes on past the key's bytes
        for (int i = 0; i < n; i++) {
            int at = pool.idStart(order[from + i]) + start;
            int end = pool.idEnd(order[from + i]);
            long key = 0;
            for (int k = 0; k < width; k++, at++) {
                key = key << 8 | (at < end ? CandidatePool.rank(ids[at]) + 1 : 0);
            }
            more |= at < end;
            keys[i] = (key << indexBits | i) ^ Long.MIN_VALUE; // signed order of key ^ sign = unsigned order
        }
        Arrays.sort(keys);
        int[] copy = Arrays.copyOfRange(order, from, to);
        long indexMask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            order[from + i] = copy[(int) (keys[i] & indexMask)];
        }
        if (!more) {
            return; // every id ended within the key: equal keys are equal ids
        }
        for (int a = 0, b; a < n; a = b) {
            long key = (keys[a] ^ Long.MIN_VALUE) >>> indexBits;
            for (b = a + 1; b < n && (keys[b] ^ Long.MIN_VALUE) >>> indexBits == key; b++) {}
            if (b - a > 1 && (key & 0xFF) != 0) { // a run whose ids go on past the key
                sortById(pool, order, from + a, from + b, start + width);
            }
        }
    }

    private static void insertionSort(CandidatePool pool, int[] order, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int item = order[i];
            int j = i - 1;
            for (; j >= from && pool.compareIds(order[j], item) > 0; j--) {
                order[j + 1] = order[j];
            }
            order[j + 1] = item;
        }
    }

    /** The length in bytes of the prefix all ids in the range share, knowing they share the first {@code known}. */
    private static int commonPrefix(CandidatePool pool, int[] order, int from, int to, int known) {
        byte[] ids = pool.idBytes();
        int first = pool.idStart(order[from]);
        int prefix = pool.idEnd(order[from]) - first;
        for (int i = from + 1; i < to && prefix > known; i++) {
            int at = pool.idStart(order[i]);
            int k = known;
            int max = Math.min(prefix, pool.idEnd(order[i]) - at);
            while (k < max && ids[at + k] == ids[first + k]) {
                k++;
            }
            prefix = k;
        }
        return Math.max(prefix, known);
    }
}
