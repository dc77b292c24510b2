package org.zhijian.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhijian.risk.DetectionMethod;

/**
 * Every method × every parameter the CLI accepts, on data sets bundled with R's surveillance 1.20.3, through the
 * CLI's own path (parameters parsed from their text, the result written as the CLI's CSV) against the vectors of
 * {@code src/test/r/make-parity.R}: upperbound and expected within 1e-9 relative, alarms (0, 1 or NA) equal.
 */
class DetectionParityTest {

    private static final String DIR = "/detection-parity/";
    private static final double RELATIVE = 1e-9;

    private final Detectors detectors = new Detectors();

    static Stream<Arguments> vectors() {
        List<String[]> rows = csv(read("manifest.csv"));
        return rows.subList(1, rows.size()).stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4], r[5]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesR(String id, String series, String method, String params, String from, String to) {
        var outcome = detectors.detect(
                read(series + ".csv").getBytes(StandardCharsets.UTF_8),
                methodOf(method),
                Integer.valueOf(from),
                Integer.valueOf(to),
                params(params));
        List<String[]> ours = csv(detectors.csv(outcome));
        List<String[]> r = csv(read(id + ".csv"));
        compare(id, ours, r);
        assertThat(ours.stream().flatMap(Arrays::stream))
                .as("no cell a spreadsheet would run as a formula")
                .allSatisfy(cell ->
                        assertThat(org.zhijian.platform.CsvCell.safe(cell)).isEqualTo(cell));
    }

    private static void compare(String id, List<String[]> ours, List<String[]> r) {
        List<String> ourHeader = Arrays.asList(ours.get(0));
        List<String> rHeader = Arrays.asList(r.get(0));
        assertThat(ours).as(id + " weeks").hasSameSizeAs(r);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 1; i < r.size(); i++) {
            String[] want = r.get(i);
            String[] got = ours.get(i);
            String at = id + " week " + want[0];
            soft.assertThat(got[ourHeader.indexOf("week_index")]).as(at).isEqualTo(want[0]);
            for (String column : List.of("upperbound", "expected")) {
                if (rHeader.contains(column)) {
                    close(soft, at + " " + column, got[ourHeader.indexOf(column)], want[rHeader.indexOf(column)]);
                }
            }
            soft.assertThat(got[ourHeader.indexOf("alarm")])
                    .as(at + " alarm")
                    .isEqualTo(want[rHeader.indexOf("alarm")]);
        }
        soft.assertAll();
    }

    private static void close(SoftAssertions soft, String label, String got, String want) {
        if (want.equals("NA")) {
            soft.assertThat(got).as(label).isEqualTo("NA");
            return;
        }
        double w = Double.parseDouble(want);
        double g = got.equals("NA") ? Double.NaN : Double.parseDouble(got);
        soft.assertThat(g)
                .as(label)
                .isCloseTo(w, org.assertj.core.api.Assertions.within(RELATIVE * Math.max(1, Math.abs(w))));
    }

    private static Map<String, String> params(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String item : text.split(";")) {
            if (!item.isBlank()) {
                int eq = item.indexOf('=');
                params.put(item.substring(0, eq), item.substring(eq + 1));
            }
        }
        return params;
    }

    private static DetectionMethod methodOf(String key) {
        return Arrays.stream(DetectionMethod.values())
                .filter(m -> m.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static String read(String name) {
        try (InputStream in = DetectionParityTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> csv(String text) {
        List<String[]> rows = new ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            parser.forEach(record -> rows.add(record.values()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
