package org.zhijian.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.zhijian.platform.RowError;

/**
 * Golden files of a kind's row checks (like the algorithms' reference tables): {@code /records/KEY.csv} has the
 * columns {@code case, expect}, then any of the kind's fields. {@code expect} is either {@code valid}, optionally
 * followed by {@code : column=value; …} for stored values to compare, or {@code invalid: 列头 message; …} with
 * every problem the row must report (column header, a space, a part of the message), in order. Checks run on
 * {@link TestLookups} with today being 2026-12-07.
 */
public final class RecordCheckFiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private RecordCheckFiles() {}

    /** Checks every row of the kind's golden file; returns how many rows there were. */
    public static int verify(RecordKind kind) {
        RecordCheck check = new RecordCheck(new TestLookups(), () -> TODAY);
        List<CSVRecord> rows = read("/records/" + kind.key() + ".csv");
        SoftAssertions softly = new SoftAssertions();
        for (CSVRecord row : rows) {
            Map<String, String> fields = new HashMap<>(row.toMap());
            String name = fields.remove("case");
            String expect = fields.remove("expect");
            fields.keySet()
                    .forEach(k -> assertThat(kind.field(k))
                            .as("%s: column %s", kind.key(), k)
                            .isPresent());
            Checked got = check.check(kind, row.getRecordNumber() + 1, fields);
            verifyOne(softly, name, expect, got);
        }
        softly.assertAll();
        return rows.size();
    }

    private static void verifyOne(SoftAssertions softly, String name, String expect, Checked got) {
        String[] parts = expect.split(":", 2);
        String details = parts.length > 1 ? parts[1].strip() : "";
        if (parts[0].strip().equals("valid")) {
            softly.assertThat(got).as(name).isInstanceOf(Checked.Valid.class);
            if (got instanceof Checked.Valid valid) {
                for (String pair : items(details)) {
                    String[] kv = pair.split("=", 2);
                    softly.assertThat(valid.row().text(kv[0].strip()))
                            .as("%s: stored %s", name, kv[0])
                            .isEqualTo(kv.length > 1 ? kv[1].strip() : "");
                }
            }
            return;
        }
        softly.assertThat(got).as(name).isInstanceOf(Checked.Invalid.class);
        if (got instanceof Checked.Invalid invalid) {
            List<String> expected = items(details);
            List<RowError> errors = invalid.errors();
            softly.assertThat(errors).as("%s: problems %s", name, errors).hasSize(expected.size());
            for (int i = 0; i < Math.min(expected.size(), errors.size()); i++) {
                String[] cm = expected.get(i).split(" ", 2);
                softly.assertThat(errors.get(i).column())
                        .as("%s: problem %d's column", name, i + 1)
                        .isEqualTo(cm[0]);
                softly.assertThat(errors.get(i).message())
                        .as("%s: problem %d's message", name, i + 1)
                        .contains(cm.length > 1 ? cm[1] : "");
            }
        }
    }

    private static List<String> items(String s) {
        return s.isEmpty()
                ? List.of()
                : new ArrayList<>(Arrays.stream(s.split(";")).map(String::strip).toList());
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader in =
                new InputStreamReader(RecordCheckFiles.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
