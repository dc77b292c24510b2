package org.zhijian.records.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.dao.DataRetrievalFailureException;
import org.zhijian.records.StoredColumns;
import org.zhijian.region.RegionManagement;

/** The current row of a result set as {@link StoredColumns}; valid only while the row is being read. */
final class ResultSetColumns implements StoredColumns {

    private final ResultSet rs;
    private final RegionManagement regions;

    ResultSetColumns(ResultSet rs, RegionManagement regions) {
        this.rs = rs;
        this.regions = regions;
    }

    @Override
    public long id() {
        return number("id");
    }

    @Override
    public String text(String column) {
        return value(column, String.class);
    }

    @Override
    public LocalDate date(String column) {
        return value(column, LocalDate.class);
    }

    @Override
    public OffsetDateTime timestamp(String column) {
        return value(column, OffsetDateTime.class);
    }

    @Override
    public BigDecimal decimal(String column) {
        return value(column, BigDecimal.class);
    }

    @Override
    public Long number(String column) {
        Number n = value(column, Number.class);
        return n == null ? null : n.longValue();
    }

    @Override
    public boolean yes(String column) {
        return Boolean.TRUE.equals(value(column, Boolean.class));
    }

    @Override
    public String countyName() {
        String county = county();
        return county == null
                ? null
                : regions.findByCode(county).map(r -> r.name()).orElse(county);
    }

    private <T> T value(String column, Class<T> type) {
        try {
            return type == Number.class ? type.cast(rs.getObject(column)) : rs.getObject(column, type);
        } catch (SQLException e) {
            throw new DataRetrievalFailureException("column " + column, e);
        }
    }
}
