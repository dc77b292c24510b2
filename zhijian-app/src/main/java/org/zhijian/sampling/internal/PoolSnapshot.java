package org.zhijian.sampling.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.zhijian.algo.sampling.CandidatePool;
import org.zhijian.algo.sampling.DrawSpec;
import org.zhijian.algo.sampling.Inspector;

/**
 * Everything a draw was computed from, stored with it so that it can be re-run and checked later however the
 * registry has changed since: the canonical text the draw hashed (gzip; see {@code DoubleRandomDraw}), one
 * tab-separated line per fact: {@code T stratum count}, {@code R inspectorsPerTask recuseOwnCounty rules},
 * {@code C id stratum county weight}, {@code I id county conflict,conflict}.
 */
record PoolSnapshot(CandidatePool candidates, List<Inspector> inspectors, DrawSpec spec) {

    static PoolSnapshot decode(byte[] data) {
        return read(data, false);
    }

    /** Only the spec, which the snapshot writes first: confirming a draw need not unpack a million candidates. */
    static DrawSpec spec(byte[] data) {
        return read(data, true).spec();
    }

    private static PoolSnapshot read(byte[] data, boolean specOnly) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        CandidatePool.Builder candidates = CandidatePool.builder();
        List<Inspector> inspectors = new ArrayList<>();
        String[] rule = {"1", "true", ""};
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(data)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.indexOf('\t') < 0) { // the algorithm's name, first line of the canonical text
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (specOnly && (f[0].equals("C") || f[0].equals("I"))) {
                    break;
                }
                switch (f[0]) {
                    case "T" -> targets.put(f[1], Integer.parseInt(f[2]));
                    case "R" -> rule = Arrays.copyOfRange(f, 1, 4);
                    case "C" -> candidates.add(f[1], f[2], f[3], Double.parseDouble(f[4]));
                    case "I" ->
                        inspectors.add(new Inspector(f[1], f[2], f[3].isEmpty() ? Set.of() : Set.of(f[3].split(","))));
                    default -> throw new IllegalStateException("unknown snapshot line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DrawSpec spec = new DrawSpec(targets, Integer.parseInt(rule[0]), Boolean.parseBoolean(rule[1]), rule[2]);
        return new PoolSnapshot(candidates.build(), inspectors, spec);
    }
}
