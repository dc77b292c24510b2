package org.zhijian.algo.sampling;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The canonical form of a draw's inputs: candidates by stratum then id, inspectors by id, and the text that is
 * hashed. The text is UTF-8, one line per fact, each field ended by a tab and the line by a newline:
 *
 * <pre>
 *   zhijian-draw-1
 *   T stratum count                       (per target, strata in order)
 *   R inspectorsPerTask recuseOwnCounty rules
 *   C id stratum county weight            (per candidate, canonical order; weight as Java's Double.toString)
 *   I id county conflict,conflict         (per inspector, by id; conflicts sorted)
 * </pre>
 *
 * <p>Written straight into a byte buffer (ASCII fields without an intermediate string), because a provincial
 * pool has a million lines and the same bytes are hashed and, by the caller, stored as the draw's snapshot.
 */
final class CanonicalPool {

    private static final Comparator<Candidate> BY_ID = new Comparator<>() {
        @Override
        public int compare(Candidate a, Candidate b) {
            return a.id().compareTo(b.id());
        }
    };

    private CanonicalPool() {}

    /**
     * The pool in canonical order. Already ordered input is returned as it is; otherwise candidates are grouped by
     * stratum and each group sorted by id, several times faster than one two-key sort of a million entries.
     */
    static List<Candidate> order(List<Candidate> pool) {
        if (ordered(pool)) {
            return pool;
        }
        java.util.Map<String, List<Candidate>> strata = new java.util.HashMap<>();
        for (Candidate c : pool) {
            strata.computeIfAbsent(c.stratum(), s -> new ArrayList<>()).add(c);
        }
        List<List<Candidate>> groups = new TreeSet<>(strata.keySet())
                .stream()
                        .map(strata::get)
                        .toList()
                        .parallelStream() // strata sort independently: use the cores there are
                        .map(CanonicalPool::byId)
                        .toList();
        List<Candidate> sorted = new ArrayList<>(pool.size());
        groups.forEach(sorted::addAll);
        return sorted;
    }

    /** One stratum sorted by id. */
    static List<Candidate> byId(List<Candidate> group) {
        Candidate[] items = group.toArray(Candidate[]::new);
        sortById(items, 0, items.length, 0);
        return Arrays.asList(items);
    }

    /**
     * Sorts {@code items[from, to)}, whose ids share their first {@code offset} characters, by id. Comparing strings
     * scattered over the heap costs a cache miss or three each time, so this is a most-significant-first radix
     * sort on primitive keys: the next characters after the range's common prefix (8 bits each, shorter ids padded
     * with 0) fill the high bits of a long and the entry's index the low bits; the longs are sorted, and runs with
     * equal characters are sorted the same way from the next characters on. The key never decreases as the id
     * increases (from a character beyond 8 bits on, all bytes are 0xFF), so the order is exactly
     * {@link String#compareTo}'s. Small ranges, equal runs where a character beyond 8 bits occurs and ids that differ
     * only in length are compared as strings.
     */
    private static void sortById(Candidate[] items, int from, int to, int offset) {
        int n = to - from;
        if (n < 48) {
            Arrays.sort(items, from, to, BY_ID);
            return;
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(n - 1);
        int chars = (64 - indexBits) / 8; // at least 5 for any array Java can hold
        int start = commonPrefix(items, from, to, offset);
        long[] keys = new long[n];
        int longest = 0;
        boolean wide = false;
        for (int i = 0; i < n; i++) {
            String id = items[from + i].id();
            longest = Math.max(longest, id.length());
            long key = 0;
            boolean saturated = false; // after a character beyond 8 bits every byte is 0xFF: order stays monotone
            for (int k = start; k < start + chars; k++) {
                char ch = saturated ? 0xFF : k < id.length() ? id.charAt(k) : 0;
                saturated = ch >= 0xFF;
                wide |= saturated;
                key = key << 8 | Math.min(ch, 0xFF);
            }
            keys[i] = (key << indexBits | i) ^ Long.MIN_VALUE; // signed order of key ^ sign = unsigned order
        }
        if (start >= longest) { // all equal but for trailing length
            Arrays.sort(items, from, to, BY_ID);
            return;
        }
        Arrays.sort(keys);
        Candidate[] copy = Arrays.copyOfRange(items, from, to);
        long indexMask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            items[from + i] = copy[(int) (keys[i] & indexMask)];
        }
        for (int a = 0, b; a < n; a = b) {
            long key = (keys[a] ^ Long.MIN_VALUE) >>> indexBits;
            for (b = a + 1; b < n && (keys[b] ^ Long.MIN_VALUE) >>> indexBits == key; b++) {}
            if (b - a > 1 && (wide || start + chars >= longest)) {
                Arrays.sort(items, from + a, from + b, BY_ID);
            } else if (b - a > 1) {
                sortById(items, from + a, from + b, start + chars);
            }
        }
    }

    /** The length of the prefix all ids in the range share, knowing they share the first {@code known}. */
    private static int commonPrefix(Candidate[] items, int from, int to, int known) {
        String first = items[from].id();
        int prefix = first.length();
        for (int i = from + 1; i < to && prefix > known; i++) {
            String id = items[i].id();
            int k = known;
            int max = Math.min(prefix, id.length());
            while (k < max && id.charAt(k) == first.charAt(k)) {
                k++;
            }
            prefix = k;
        }
        return Math.max(prefix, known);
    }

    static List<Inspector> orderInspectors(List<Inspector> inspectors) {
        return inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
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

    /**
     * Refuses an id listed twice, in the pool or among inspectors. Open addressing over indices (no entry objects):
     * a million ids are checked in a few tens of milliseconds.
     */
    static void refuseDuplicates(List<Candidate> candidates, List<Inspector> inspectors) {
        int n = candidates.size();
        int mask = Integer.highestOneBit(Math.max(2, n) * 2) * 2 - 1;
        int[] table = new int[mask + 1]; // index + 1; 0 is empty
        for (int i = 0; i < n; i++) {
            String id = candidates.get(i).id();
            int slot = spread(id.hashCode()) & mask;
            for (int at = table[slot]; at != 0; at = table[slot]) {
                if (candidates.get(at - 1).id().equals(id)) {
                    throw new IllegalArgumentException("candidate listed twice: " + id);
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Inspector i : inspectors) {
            if (!ids.add(i.id())) {
                throw new IllegalArgumentException("inspector listed twice: " + i.id());
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** SHA-256 (lower-case hex) of the canonical text, which is also written to {@code copy}. */
    static String hash(List<Candidate> ordered, List<Inspector> staff, DrawSpec spec, OutputStream copy) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try {
            Text text = new Text(sha, copy);
            text.line(DoubleRandomDraw.ALGORITHM);
            for (java.util.Map.Entry<String, Integer> t : spec.targets().entrySet()) {
                text.line("T", t.getKey(), t.getValue().toString());
            }
            text.line(
                    "R",
                    Integer.toString(spec.inspectorsPerTask()),
                    Boolean.toString(spec.recuseOwnCounty()),
                    spec.rules());
            double lastWeight = Double.NaN;
            String weight = "";
            for (Candidate c : ordered) {
                if (Double.compare(c.weight(), lastWeight) != 0) {
                    lastWeight = c.weight();
                    weight = Double.toString(lastWeight);
                }
                text.field("C")
                        .field(c.id())
                        .field(c.stratum())
                        .field(c.county())
                        .field(weight)
                        .end();
            }
            for (Inspector i : staff) {
                text.field("I").field(i.id()).field(i.county());
                text.field(String.join(",", new TreeSet<>(i.conflicts()))).end();
            }
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A buffered writer of tab-separated lines into a digest and a copy stream. */
    private static final class Text {
        private final MessageDigest sha;
        private final OutputStream copy;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        private boolean lineStarted;

        Text(MessageDigest sha, OutputStream copy) {
            this.sha = sha;
            this.copy = copy;
        }

        /** A whole line: the fields separated by tabs. */
        void line(String... fields) throws IOException {
            for (String f : fields) {
                field(f);
            }
            end();
        }

        /** Appends a field and the tab before the next one. */
        Text field(String value) throws IOException {
            if (lineStarted) {
                put('\t');
            }
            write(value);
            lineStarted = true;
            return this;
        }

        void end() throws IOException {
            put('\n');
            lineStarted = false;
        }

        private void write(String s) throws IOException {
            int length = s.length();
            if (used + length * 3 + 1 > buffer.length) {
                flush();
                if (length * 3 + 1 > buffer.length) {
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    sha.update(bytes);
                    copy.write(bytes);
                    return;
                }
            }
            for (int i = 0; i < length; i++) {
                char ch = s.charAt(i);
                if (ch >= 0x80) { // not ASCII: encode the rest of the field properly
                    byte[] bytes = s.substring(i).getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(bytes, 0, buffer, used, bytes.length);
                    used += bytes.length;
                    return;
                }
                buffer[used++] = (byte) ch;
            }
        }

        private void put(char ch) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) ch;
        }

        void flush() throws IOException {
            sha.update(buffer, 0, used);
            copy.write(buffer, 0, used);
            used = 0;
        }
    }
}
