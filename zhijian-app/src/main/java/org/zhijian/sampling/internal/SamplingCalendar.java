package org.zhijian.sampling.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.calendar.WorkingDayCalendar;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * The State Council's holiday arrangement (放假调休) by year, kept in the database: loaded from
 * {@code masterdata/holidays-cn.csv} on first start and replaced year by year with {@code ./zhijian calendar load}.
 * Deadlines falling in a year that has not been loaded are computed on plain weeks and marked provisional.
 */
@Component
class SamplingCalendar implements ApplicationRunner {

    private final JdbcClient jdbc;
    private volatile Loaded cache;

    private record Loaded(WorkingDayCalendar calendar, Set<Integer> years) {}

    SamplingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from sampling_calendar_year")
                        .query(Long.class)
                        .single()
                == 0) {
            try (Reader r = new InputStreamReader(
                    getClass().getResourceAsStream("/masterdata/holidays-cn.csv"), StandardCharsets.UTF_8)) {
                load(r, "国务院办公厅 2025、2026 年节假日安排（内置）");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    WorkingDayCalendar calendar() {
        return loaded().calendar();
    }

    /** Whether the arrangement of the year of {@code day} has been loaded. */
    boolean knows(LocalDate day) {
        return loaded().years().contains(day.getYear());
    }

    Set<Integer> years() {
        return new TreeSet<>(loaded().years());
    }

    /**
     * Replaces the arrangement of every year the file covers. Lines: {@code day,kind,note} with kind HOLIDAY or
     * WORKDAY; {@code #} comments and the header are skipped. The whole file is checked first.
     *
     * @return the years loaded
     */
    @Transactional
    Set<Integer> load(Reader csv, String source) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String[]> days = days(csv, problems);
        if (!problems.isEmpty() || days.isEmpty()) {
            throw new BusinessRuleViolation(
                    SamplingErrors.INVALID, problems.isEmpty() ? "文件中没有日期" : String.join("；", problems));
        }
        Set<Integer> years = new TreeSet<>();
        days.forEach(d -> years.add(Integer.parseInt(d[0].substring(0, 4))));
        store(years, days, source);
        cache = null;
        return years;
    }

    /** The file's days as {@code day, kind, note}; a line that is none is reported in {@code problems}. */
    private static List<String[]> days(Reader csv, List<String> problems) throws IOException {
        List<String[]> days = new ArrayList<>();
        BufferedReader in = new BufferedReader(csv);
        int line = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            String t = text.strip().replace("\uFEFF", "");
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("day,")) {
                continue;
            }
            String[] f = t.split(",", 3);
            try {
                LocalDate.parse(f[0].strip());
                if (f.length < 2 || !Set.of("HOLIDAY", "WORKDAY").contains(f[1].strip())) {
                    throw new IllegalArgumentException();
                }
                days.add(new String[] {f[0].strip(), f[1].strip(), f.length > 2 ? f[2].strip() : ""});
            } catch (RuntimeException e) {
                problems.add("第 " + line + " 行“" + t + "”：应为 日期,HOLIDAY 或 WORKDAY,说明");
            }
        }
        return days;
    }

    private void store(Set<Integer> years, List<String[]> days, String source) {
        for (int year : years) {
            jdbc.sql("delete from sampling_calendar_day where extract(year from day) = :y")
                    .param("y", year)
                    .update();
            jdbc.sql("insert into sampling_calendar_year (year, source) values (:y, :s) on conflict (year) do update "
                            + "set source = excluded.source, loaded_at = now()")
                    .param("y", year)
                    .param("s", source)
                    .update();
        }
        for (String[] d : days) {
            jdbc.sql("insert into sampling_calendar_day values (:day, :kind, :note) on conflict (day) do update set "
                            + "kind = excluded.kind, note = excluded.note")
                    .param("day", LocalDate.parse(d[0]))
                    .param("kind", d[1])
                    .param("note", d[2])
                    .update();
        }
    }

    private Loaded loaded() {
        Loaded c = cache;
        if (c == null) {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> workdays = new HashSet<>();
            jdbc.sql("select day, kind from sampling_calendar_day").query(rs -> {
                (rs.getString(2).equals("HOLIDAY") ? holidays : workdays).add(rs.getObject(1, LocalDate.class));
            });
            Set<Integer> years = new HashSet<>(jdbc.sql("select year from sampling_calendar_year")
                    .query(Integer.class)
                    .list());
            c = new Loaded(new WorkingDayCalendar(holidays, workdays), years);
            cache = c;
        }
        return c;
    }
}
