package org.zhijian.sampling.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.zhijian.algo.sampling.Candidate;
import org.zhijian.algo.sampling.DrawSpec;
import org.zhijian.algo.sampling.Inspector;

/**
 * Everything a draw was computed from, stored with it (gzip, UTF-8, one tab-separated line per fact) so that it
 * can be re-run and checked later however the registry has changed since:
 * {@code T stratum count}, {@code R inspectorsPerTask recuseOwnCounty rules}, {@code C id stratum county weight},
 * {@code I id county conflict,conflict}.
 */
record PoolSnapshot(List<Candidate> candidates, List<Inspector> inspectors, DrawSpec spec) {

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out =
                new java.io.BufferedWriter(new OutputStreamWriter(fastGzip(bytes), StandardCharsets.UTF_8), 1 << 16)) {
            for (Map.Entry<String, Integer> t : spec.targets().entrySet()) {
                out.write("T\t" + t.getKey() + "\t" + t.getValue() + "\n");
            }
            out.write("R\t" + spec.inspectorsPerTask() + "\t" + spec.recuseOwnCounty() + "\t" + spec.rules() + "\n");
            for (Candidate c : candidates) {
                out.write("C\t" + c.id() + "\t" + c.stratum() + "\t" + c.county() + "\t" + c.weight() + "\n");
            }
            for (Inspector i : inspectors) {
                out.write("I\t" + i.id() + "\t" + i.county() + "\t"
                        + String.join(",", new java.util.TreeSet<>(i.conflicts())) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** gzip at the fastest level: a million-line pool compresses in a fraction of a second, still about 4:1. */
    private static GZIPOutputStream fastGzip(ByteArrayOutputStream bytes) throws IOException {
        return new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    static PoolSnapshot decode(byte[] data) {
        return read(data, false);
    }

    /** Only the spec, which the snapshot writes first: confirming a draw need not unpack a million candidates. */
    static DrawSpec spec(byte[] data) {
        return read(data, true).spec();
    }

    private static PoolSnapshot read(byte[] data, boolean specOnly) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Inspector> inspectors = new ArrayList<>();
        String[] rule = {"1", "true", ""};
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(data)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (specOnly && (f[0].equals("C") || f[0].equals("I"))) {
                    break;
                }
                switch (f[0]) {
                    case "T" -> targets.put(f[1], Integer.parseInt(f[2]));
                    case "R" -> rule = Arrays.copyOfRange(f, 1, 4);
                    case "C" -> candidates.add(new Candidate(f[1], f[2], f[3], Double.parseDouble(f[4])));
                    case "I" ->
                        inspectors.add(new Inspector(f[1], f[2], f[3].isEmpty() ? Set.of() : Set.of(f[3].split(","))));
                    default -> throw new IllegalStateException("unknown snapshot line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DrawSpec spec = new DrawSpec(targets, Integer.parseInt(rule[0]), Boolean.parseBoolean(rule[1]), rule[2]);
        return new PoolSnapshot(candidates, inspectors, spec);
    }
}
