package org.zhijian.algo.sampling;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private CanonicalPool() {}

    static List<Inspector> orderInspectors(List<Inspector> inspectors) {
        return inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
    }

    /**
     * Refuses an id listed twice, in the pool or among inspectors. Each id's 64-bit FNV-1a hash goes into a long
     * array, which is sorted; only ids whose hash occurs twice are compared as strings. A million ids are checked in
     * a few tens of milliseconds without an object per id.
     */
    static void refuseDuplicates(CandidatePool candidates, List<Inspector> inspectors) {
        int n = candidates.size();
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = fingerprint(candidates, i);
        }
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        java.util.Set<Long> repeated = new java.util.HashSet<>();
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < n && !repeated.isEmpty(); i++) {
            if (repeated.contains(hashes[i]) && !seen.add(candidates.id(i))) {
                throw new IllegalArgumentException("candidate listed twice: " + candidates.id(i));
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Inspector i : inspectors) {
            if (!ids.add(i.id())) {
                throw new IllegalArgumentException("inspector listed twice: " + i.id());
            }
        }
    }

    private static long fingerprint(CandidatePool pool, int i) {
        byte[] ids = pool.idBytes();
        long h = 0xcbf29ce484222325L;
        for (int k = pool.idStart(i); k < pool.idEnd(i); k++) {
            h = (h ^ (ids[k] & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }

    /** SHA-256 (lower-case hex) of the canonical text, which is also written to {@code copy}. */
    static String hash(CandidatePool pool, int[] order, List<Inspector> staff, DrawSpec spec, OutputStream copy) {
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
            candidates(text, pool, order);
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

    /** The candidate lines, {@code C id stratum county weight}, copied byte for byte from the pool's columns. */
    private static void candidates(Text text, CandidatePool pool, int[] order) throws IOException {
        byte[][] strata = utf8(pool.stratumNames());
        byte[][] counties = utf8(pool.countyNames());
        byte[] ids = pool.idBytes();
        double lastWeight = Double.NaN;
        byte[] weight = {};
        for (int i : order) {
            if (Double.compare(pool.weight(i), lastWeight) != 0) {
                lastWeight = pool.weight(i);
                weight = Double.toString(lastWeight).getBytes(StandardCharsets.UTF_8);
            }
            text.put('C');
            text.put('\t');
            text.bytes(ids, pool.idStart(i), pool.idEnd(i) - pool.idStart(i));
            text.put('\t');
            text.bytes(strata[pool.stratumIndex(i)]);
            text.put('\t');
            text.bytes(counties[pool.countyIndex(i)]);
            text.put('\t');
            text.bytes(weight);
            text.put('\n');
        }
    }

    private static byte[][] utf8(String[] names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
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

        void put(char ch) throws IOException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) ch;
        }

        void bytes(byte[] b) throws IOException {
            bytes(b, 0, b.length);
        }

        /** Raw bytes (already UTF-8), into the buffer or, when longer than it, straight through. */
        void bytes(byte[] b, int from, int length) throws IOException {
            if (used + length > buffer.length) {
                flush();
                if (length > buffer.length) {
                    sha.update(b, from, length);
                    copy.write(b, from, length);
                    return;
                }
            }
            System.arraycopy(b, from, buffer, used, length);
            used += length;
        }

        void flush() throws IOException {
            sha.update(buffer, 0, used);
            copy.write(buffer, 0, used);
            used = 0;
        }
    }
}
