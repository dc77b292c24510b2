package org.zhijian.risk.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** ISO weeks ({@code 2026-W47}, Monday to Sunday) and calendar months ({@code 2026-10}), the series' periods. */
enum Periods {
    WEEK("week"),
    MONTH("month");

    private final String sqlUnit;

    Periods(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    /** The unit for SQL's {@code date_trunc}. */
    String sqlUnit() {
        return sqlUnit;
    }

    LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    LocalDate plus(LocalDate start, int n) {
        return this == WEEK ? start.plusWeeks(n) : start.plusMonths(n);
    }

    /** Periods from {@code first} to {@code start} (both period starts). */
    int index(LocalDate first, LocalDate start) {
        return (int) (this == WEEK ? ChronoUnit.WEEKS.between(first, start) : ChronoUnit.MONTHS.between(first, start));
    }

    String label(LocalDate start) {
        return this == WEEK
                ? String.format(
                        Locale.ROOT,
                        "%d-W%02d",
                        start.get(IsoFields.WEEK_BASED_YEAR),
                        start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : start.toString().substring(0, 7);
    }

    /** The Monday of an ISO week written {@code 2026-W47}, or empty. */
    static Optional<LocalDate> parseWeek(String text) {
        if (text == null || !text.strip().matches("\\d{4}-[Ww]\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.parse(text.strip().toUpperCase(Locale.ROOT) + "-1", DateTimeFormatter.ISO_WEEK_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The last complete week before the one containing {@code today}. */
    static LocalDate lastCompleteWeek(LocalDate today) {
        return WEEK.start(today).minusWeeks(1);
    }
}
