package org.zhijian.algo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days under the State Council's yearly holiday arrangement: Monday to Friday work, Saturday and Sunday
 * rest, except the listed public holidays (rest on a weekday) and make-up working days (调休上班, work on a weekend
 * day). The arrangement is published each year (国务院办公厅关于某年部分节假日安排的通知), so the two sets are
 * configuration, loaded per year.
 *
 * <p>Counting follows the usual rule for periods (《民法典》 Art. 201): a period counted in days starts on the day
 * after the event, so "7 working days from 2026-09-30" is the 7th working day after 30 September. When the last
 * day of a calendar-day period is a rest day, the period ends on the next working day (《民法典》 Art. 203), unless
 * the caller asks for the plain date.
 *
 * @param holidays rest days that fall on weekdays (or on weekends, which changes nothing)
 * @param makeUpWorkdays weekend days that are working days
 */
public record WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public WorkingDayCalendar {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (LocalDate d : holidays) {
            if (makeUpWorkdays.contains(d)) {
                throw new IllegalArgumentException(d + " is listed both as a holiday and as a make-up working day");
            }
        }
    }

    /** A calendar of plain weeks, without holidays. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code n}-th working day after {@code start} ({@code start} itself when n is 0); n must be ≥ 0. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be zero or more: " + n);
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The end of a period of {@code days} calendar days from {@code start}: {@code start + days}, moved to the next
     * working day when that is a rest day and {@code extendOverRestDays} is set.
     */
    public LocalDate plusCalendarDays(LocalDate start, int days, boolean extendOverRestDays) {
        LocalDate end = start.plusDays(days);
        while (extendOverRestDays && !isWorkingDay(end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when to is not after from). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
