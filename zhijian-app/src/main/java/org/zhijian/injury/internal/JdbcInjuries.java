package org.zhijian.injury.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.RecordManagement;
import org.zhijian.region.RegionManagement;

/** Records, lists and links injury cases within the officer's area (enterprise users see none). */
@Service
class JdbcInjuries implements InjuryManagement {

    static final ErrorCode INVALID = new ErrorCode("INJURY_001", 422);
    static final ErrorCode DUPLICATE = new ErrorCode("INJURY_002", 409);
    static final ErrorCode NOT_FOUND = new ErrorCode("INJURY_003", 404);

    private final RecordManagement records;
    private final RegionManagement regions;

    JdbcInjuries(RecordManagement records, RegionManagement regions) {
        this.records = records;
        this.regions = regions;
    }

    @Override
    @Transactional
    public Injury register(Map<String, String> fields) {
        return find(records.register(InjuryKind.KIND, fields, INVALID, DUPLICATE))
                .orElseThrow();
    }

    @Override
    @Transactional
    public Injury classify(long id, String categoryCode, String hazard) {
        find(id).orElseThrow(() -> new BusinessRuleViolation(NOT_FOUND, id));
        records.classify(InjuryKind.KIND, id, categoryCode, hazard, INVALID);
        return find(id).orElseThrow();
    }

    @Override
    public PageResult<Injury> search(InjuryQuery query, PageRequest page) {
        return records.page(InjuryKind.KIND, filters(query), page, (rs, n) -> row(rs));
    }

    @Override
    public Optional<Injury> find(long id) {
        return records.one(InjuryKind.KIND, id, (rs, n) -> row(rs));
    }

    private Conditions filters(InjuryQuery query) {
        return records.conditions(InjuryKind.KIND, query.q(), query.region(), query.enterprise(), query.category())
                .bind("severity", query.severity(), "severity = :severity")
                .when("source", query.source(), "source = :source")
                .when("hazard", query.hazard(), "hazard_code = :hazard");
    }

    private Injury row(ResultSet rs) throws SQLException {
        String county = rs.getString("county_code");
        return new Injury(
                rs.getLong("id"),
                rs.getString("case_no"),
                rs.getObject("occurred_on", LocalDate.class),
                county,
                regions.findByCode(county).map(r -> r.name()).orElse(county),
                rs.getString("place"),
                rs.getString("age_band"),
                rs.getString("sex"),
                rs.getString("injury_type"),
                rs.getString("body_part"),
                rs.getInt("severity"),
                rs.getString("product"),
                rs.getString("brand"),
                rs.getString("model"),
                rs.getString("hazard_type"),
                rs.getString("description"),
                rs.getString("source"),
                rs.getString("manufacturer"),
                rs.getString("manufacturer_uscc"),
                rs.getString("link_status"),
                rs.getString("enterprise_uscc"),
                ClassifiedAs.stored(
                        rs.getString("category_code"),
                        rs.getString("category_source"),
                        rs.getString("hazard_code"),
                        rs.getString("hazard_source")));
    }
}
