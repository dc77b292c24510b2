package org.zhijian.algo.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The R outputs in {@code src/test/resources/detection} (written by {@code src/test/r/make-reference.R} with
 * surveillance 1.20.3): a series {@code NAME.csv} and one file per method {@code NAME__METHOD.csv}.
 */
final class ReferenceVectors {

    static final List<String> SERIES = List.of("agona", "newport", "ha", "sparse", "seasonal");

    /** One row of an R output; NaN for NA. */
    record Row(int week, double observed, double upperbound, double alarm, double expected) {}

    private ReferenceVectors() {}

    static double[] series(String name) {
        return lines(name + ".csv").stream()
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1].strip()))
                .toArray();
    }

    static boolean has(String name, String method) {
        return ReferenceVectors.class.getResource("/detection/" + name + "__" + method + ".csv") != null;
    }

    static List<Row> output(String name, String method) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines(name + "__" + method + ".csv")) {
            String[] f = line.split(",");
            rows.add(new Row(
                    Integer.parseInt(f[0].strip()),
                    number(f[1]),
                    number(f[2]),
                    number(f[3]),
                    f.length > 4 ? number(f[4]) : Double.NaN));
        }
        return rows;
    }

    private static double number(String s) {
        String t = s.strip();
        return t.equals("NA") || t.equals("NaN") ? Double.NaN : Double.parseDouble(t);
    }

    private static List<String> lines(String file) {
        try (var in = ReferenceVectors.class.getResourceAsStream("/detection/" + file);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
