package org.zhijian.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhijian.platform.RowError;

/**
 * Checks one record's fields against its kind — the same for a file row, a form and an API request: every field is
 * read by its type, then the kind's {@link RowRule}s run; the result is {@link Checked.Valid} with the typed stored
 * values, or {@link Checked.Invalid} with every problem, each naming the row, the column's header and the value.
 */
public final class RecordCheck {

    private final Lookups lookups;
    private final Supplier<LocalDate> today;

    /** @param today the day after which {@link Field#notFuture} dates are refused */
    public RecordCheck(Lookups lookups, Supplier<LocalDate> today) {
        this.lookups = lookups;
        this.today = today;
    }

    public Checked check(RecordKind kind, long line, Map<String, String> in) {
        List<RowError> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        FieldReading reading = new FieldReading(lookups, today.get());
        for (Field f : kind.fields()) {
            reading.read(
                    f,
                    text(in, f.name()),
                    values,
                    (field, message) ->
                            problems.add(new RowError(line, field.label(), text(in, field.name()), message)));
        }
        if (kind.fields().stream().anyMatch(Field::isSearchable)) {
            values.put("search_text", searchText(kind, in));
        }
        StoredRow row = new StoredRow(values);
        for (RowRule rule : kind.rules()) {
            rule.check(row)
                    .ifPresent(p ->
                            problems.add(new RowError(line, kind.header(p.field()), text(in, p.field()), p.message())));
        }
        return problems.isEmpty() ? new Checked.Valid(row) : new Checked.Invalid(problems);
    }

    private static String searchText(RecordKind kind, Map<String, String> in) {
        return kind.fields().stream()
                .filter(Field::isSearchable)
                .map(f -> text(in, f.name()))
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
    }

    private static String text(Map<String, String> in, String key) {
        String v = in.get(key);
        return v == null ? "" : v.strip();
    }
}
