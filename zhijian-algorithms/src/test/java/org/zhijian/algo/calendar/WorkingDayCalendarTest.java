package org.zhijian.algo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cases on the 2025 arrangement (国办发明电〔2024〕12号): 国庆节、中秋节 1–8 October rest, Sunday 28 September and
 * Saturday 11 October work; 春节 28 January – 4 February rest, Sunday 26 January and Saturday 8 February work.
 */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar Y2025 = new WorkingDayCalendar(
            union(range("2025-10-01", "2025-10-08"), range("2025-01-28", "2025-02-04")),
            Set.of(d("2025-09-28"), d("2025-10-11"), d("2025-01-26"), d("2025-02-08")));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Set<LocalDate> range(String from, String to) {
        Set<LocalDate> days = new HashSet<>();
        for (LocalDate x = d(from); !x.isAfter(d(to)); x = x.plusDays(1)) {
            days.add(x);
        }
        return days;
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        Set<LocalDate> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aMakeUpSundayIsAWorkingDayAndAHolidayWeekdayIsNot() {
        assertThat(Y2025.isWorkingDay(d("2025-09-28"))).isTrue();
        assertThat(Y2025.isWorkingDay(d("2025-10-06"))).isFalse();
        assertThat(Y2025.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(Y2025.isWorkingDay(d("2025-10-12"))).isFalse();
    }

    @Test
    void sevenWorkingDaysAcrossTheNationalDayHolidayEndAfterIt() {
        // notified Friday 26 Sep: counts 28 (Sun, make-up), 29, 30 Sep, then 9, 10, 11 (Sat, make-up), 13 Oct
        assertThat(Y2025.plusWorkingDays(d("2025-09-26"), 7)).isEqualTo(d("2025-10-13"));
    }

    @Test
    void workingDaysInAnOrdinaryWeekSkipTheWeekend() {
        assertThat(Y2025.plusWorkingDays(d("2025-06-05"), 7)).isEqualTo(d("2025-06-16"));
        assertThat(WorkingDayCalendar.weekdaysOnly().plusWorkingDays(d("2025-10-01"), 1))
                .isEqualTo(d("2025-10-02"));
        assertThat(Y2025.plusWorkingDays(d("2025-10-01"), 0)).isEqualTo(d("2025-10-01"));
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestival() {
        // from Mon 20 Jan 2025: 21–24 (4), 26 Sun make-up (5), 27 (6), rest 28 Jan–4 Feb, 5–7 (9), 8 Sat (10),
        // 10–14 (15), 17–21 (20)
        assertThat(Y2025.plusWorkingDays(d("2025-01-20"), 20)).isEqualTo(d("2025-02-21"));
        assertThat(Y2025.workingDaysBetween(d("2025-01-20"), d("2025-02-21"))).isEqualTo(20);
    }

    @Test
    void aCalendarDayPeriodEndingOnARestDayEndsOnTheNextWorkingDay() {
        // 15 days from 16 Sep 2025 is Wed 1 Oct, a holiday: the period ends Thu 9 Oct
        assertThat(Y2025.plusCalendarDays(d("2025-09-16"), 15, true)).isEqualTo(d("2025-10-09"));
        assertThat(Y2025.plusCalendarDays(d("2025-09-16"), 15, false)).isEqualTo(d("2025-10-01"));
        assertThat(Y2025.plusCalendarDays(d("2025-06-02"), 60, true)).isEqualTo(d("2025-08-01"));
    }

    @Test
    void refusesADayThatIsBothHolidayAndMakeUpDay() {
        assertThatThrownBy(() -> new WorkingDayCalendar(Set.of(d("2025-10-11")), Set.of(d("2025-10-11"))))
                .hasMessageContaining("2025-10-11");
    }
}
