package org.zhijian.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void isoWeeksStartOnMondayAndCrossYearEnds() {
        assertThat(Periods.parseWeek("2026-W47")).contains(LocalDate.of(2026, 11, 16));
        assertThat(Periods.parseWeek("2026-w01")).contains(LocalDate.of(2025, 12, 29));
        assertThat(Periods.parseWeek("2026-W53")).contains(LocalDate.of(2026, 12, 28));
        assertThat(Periods.parseWeek("2025-W53")).isEmpty();
        assertThat(Periods.parseWeek("2026-47")).isEmpty();
        assertThat(Periods.WEEK.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
        assertThat(Periods.WEEK.start(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(Periods.lastCompleteWeek(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void monthsAreCalendarMonths() {
        assertThat(Periods.MONTH.start(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(Periods.MONTH.label(LocalDate.of(2026, 2, 1))).isEqualTo("2026-02");
        assertThat(Periods.MONTH.index(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1)))
                .isEqualTo(3);
    }
}
