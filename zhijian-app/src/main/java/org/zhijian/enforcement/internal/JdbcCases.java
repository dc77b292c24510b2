package org.zhijian.enforcement.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.RecordManagement;
import org.zhijian.region.RegionManagement;

/** Records, lists and links penalty decisions within the officer's area (enterprise users see none). */
@Service
class JdbcCases implements EnforcementManagement {

    static final ErrorCode INVALID = new ErrorCode("CASE_001", 422);
    static final ErrorCode DUPLICATE = new ErrorCode("CASE_002", 409);

    private final RecordManagement records;
    private final RegionManagement regions;

    JdbcCases(RecordManagement records, RegionManagement regions) {
        this.records = records;
        this.regions = regions;
    }

    @Override
    @Transactional
    public EnforcementCase register(Map<String, String> fields) {
        return find(records.register(CaseKind.KIND, fields, INVALID, DUPLICATE)).orElseThrow();
    }

    @Override
    public PageResult<EnforcementCase> search(CaseQuery query, PageRequest page) {
        var conditions =
                records.conditions(CaseKind.KIND, query.q(), query.region(), query.enterprise(), query.category());
        return records.page(CaseKind.KIND, conditions, page, (rs, n) -> row(rs));
    }

    @Override
    public Optional<EnforcementCase> find(long id) {
        return records.one(CaseKind.KIND, id, (rs, n) -> row(rs));
    }

    private EnforcementCase row(ResultSet rs) throws SQLException {
        String county = rs.getString("county_code");
        return new EnforcementCase(
                rs.getLong("id"),
                rs.getString("case_no"),
                rs.getString("party_name"),
                rs.getString("party_uscc"),
                county,
                regions.findByCode(county).map(r -> r.name()).orElse(county),
                rs.getString("violation_type"),
                rs.getString("legal_basis"),
                rs.getString("facts"),
                rs.getObject("fine_amount", BigDecimal.class),
                rs.getString("confiscation"),
                rs.getBoolean("suspension"),
                rs.getBoolean("revocation"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("publicity_until", LocalDate.class),
                rs.getString("link_status"),
                rs.getString("enterprise_uscc"),
                ClassifiedAs.stored(
                        rs.getString("category_code"),
                        rs.getString("category_source"),
                        rs.getString("hazard_code"),
                        rs.getString("hazard_source")));
    }
}
