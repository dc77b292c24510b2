package org.zhijian.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Dates as people write them in spreadsheet cells: {@code 2026-05-20}, {@code 2026/5/20}, {@code 2026.5.20},
 * {@code 2026年5月20日}, {@code 20260520}, or an Excel serial day number ({@code 46162}) when a date cell was
 * exported as a number.
 */
public final class CellDate {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.BASIC_ISO_DATE);

    private CellDate() {}

    /** The date in the cell, or empty when the text is not a date in any of the accepted forms. */
    public static Optional<LocalDate> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = cell.strip();
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        if (text.matches("[0-9]{5}")) {
            return Optional.of(LocalDate.of(1899, 12, 30).plus(Long.parseLong(text), ChronoUnit.DAYS));
        }
        return Optional.empty();
    }
}
