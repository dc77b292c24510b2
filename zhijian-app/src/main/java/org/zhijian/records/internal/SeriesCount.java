package org.zhijian.records.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.platform.CountedRecord;
import org.zhijian.platform.DailyCount;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Series;

/**
 * One declared series over a kind's table: counts are grouped in SQL per day, county and category, and the
 * records behind a count are listed with links to their pages.
 */
final class SeriesCount implements DailyCountSource {

    private final JdbcClient jdbc;
    private final RecordKind kind;
    private final Series s;

    SeriesCount(JdbcClient jdbc, RecordKind kind, Series series) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.s = series;
    }

    @Override
    public String code() {
        return s.code();
    }

    @Override
    public String label() {
        return s.label();
    }

    @Override
    public String origin() {
        return kind.origin();
    }

    @Override
    public boolean hasPopulation() {
        return s.hasPopulation();
    }

    @Override
    public void forEach(Consumer<DailyCount> sink) {
        jdbc.sql("select %s, county_code, category_code, %s, %s from %s where %s group by 1, 2, 3"
                        .formatted(s.day(), s.cases(), s.population(), kind.table(), s.where()))
                .query(rs -> {
                    sink.accept(new DailyCount(
                            rs.getObject(1, LocalDate.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getInt(5)));
                });
    }

    @Override
    public List<CountedRecord> records(
            LocalDate from, LocalDate to, Collection<String> counties, Collection<String> categories, int limit) {
        var spec = jdbc.sql(
                        "select id, %s, %s, %s from %s where %s and %s between :from and :to%s%s order by 3 desc, 1 desc limit :limit"
                                .formatted(
                                        s.reference(),
                                        s.day(),
                                        s.title(),
                                        kind.table(),
                                        s.caseWhere(),
                                        s.day(),
                                        counties == null ? "" : " and coalesce(county_code, '') in (:counties)",
                                        categories == null ? "" : " and coalesce(category_code, '') in (:categories)"))
                .param("from", from)
                .param("to", to)
                .param("limit", limit);
        if (counties != null) {
            spec = spec.param("counties", List.copyOf(counties));
        }
        if (categories != null) {
            spec = spec.param("categories", List.copyOf(categories));
        }
        return spec.query((rs, n) -> new CountedRecord(
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        kind.page() + rs.getLong(1)))
                .list();
    }
}
