package org.zhijian.platform;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link DailyCountSource} over one table with {@code id}, {@code county_code} and {@code category_code}
 * columns: counts are grouped in SQL, and the records behind a count are listed with links to their pages.
 */
public abstract class CountedTable implements DailyCountSource {

    private final JdbcClient jdbc;
    private final Definition d;

    /**
     * How a table is counted.
     *
     * @param code the series code
     * @param label its Chinese name
     * @param origin the module noun of {@link RecordsChanged}
     * @param table the table
     * @param day the expression of the day counted
     * @param where the rows counted (population for rates)
     * @param cases the expression counting cases, e.g. {@code count(*)}
     * @param population the expression counting the population, {@code 0} when none
     * @param recordWhere the rows that are cases
     * @param reference the expression of a record's number
     * @param title the expression of a record's title
     * @param link the page path before the id, e.g. {@code /complaints/}
     */
    public record Definition(
            String code,
            String label,
            String origin,
            String table,
            String day,
            String where,
            String cases,
            String population,
            String recordWhere,
            String reference,
            String title,
            String link) {}

    protected CountedTable(JdbcClient jdbc, Definition definition) {
        this.jdbc = jdbc;
        this.d = definition;
    }

    @Override
    public String code() {
        return d.code();
    }

    @Override
    public String label() {
        return d.label();
    }

    @Override
    public String origin() {
        return d.origin();
    }

    @Override
    public boolean hasPopulation() {
        return !"0".equals(d.population());
    }

    @Override
    public void forEach(Consumer<DailyCount> sink) {
        jdbc.sql("select %s, county_code, category_code, %s, %s from %s where %s group by 1, 2, 3"
                        .formatted(d.day(), d.cases(), d.population(), d.table(), d.where()))
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
                                        d.reference(),
                                        d.day(),
                                        d.title(),
                                        d.table(),
                                        d.recordWhere(),
                                        d.day(),
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
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), d.link() + rs.getLong(1)))
                .list();
    }
}
