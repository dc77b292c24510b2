package org.zhijian.complaint.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.identifier.ResidentIdNumber;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.RecordManagement;
import org.zhijian.region.RegionManagement;

/** Registers, lists and reads complaints within the officer's area (enterprise users see none). */
@Service
class JdbcComplaints implements ComplaintManagement {

    private final RecordManagement records;
    private final ComplaintHandling handling;
    private final RegionManagement regions;
    private final AuditTrail audit;

    JdbcComplaints(RecordManagement records, ComplaintHandling handling, RegionManagement regions, AuditTrail audit) {
        this.records = records;
        this.handling = handling;
        this.regions = regions;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Complaint register(Map<String, String> fields) {
        return find(records.register(ComplaintKind.KIND, fields, ComplaintErrors.INVALID, ComplaintErrors.DUPLICATE))
                .orElseThrow();
    }

    @Override
    @Transactional
    public Complaint classify(long id, String categoryCode, String hazard) {
        Complaint c = find(id).orElseThrow(() -> new BusinessRuleViolation(ComplaintErrors.NOT_FOUND, id));
        handling.checkMayChange(c);
        records.classify(ComplaintKind.KIND, id, categoryCode, hazard, ComplaintErrors.INVALID);
        return find(id).orElseThrow();
    }

    @Override
    public PageResult<Complaint> search(ComplaintQuery query, PageRequest page) {
        return records.page(ComplaintKind.KIND, filters(query), page, (rs, n) -> row(rs, true));
    }

    private Conditions filters(ComplaintQuery query) {
        return records.conditions(ComplaintKind.KIND, query.q(), query.region(), query.enterprise(), query.category())
                // an unknown status matches nothing rather than everything
                .bind(
                        "status",
                        present(query.status())
                                ? ComplaintStatus.parse(query.status())
                                        .map(Enum::name)
                                        .orElse("-")
                                : null,
                        "status = :status")
                .when("channel", query.channel(), "channel = :channel")
                .when("hazard", query.hazard(), "hazard_code = :hazard");
    }

    @Override
    public Optional<Complaint> find(long id) {
        return read(id, true);
    }

    @Override
    public Complaint withPersonalData(long id) {
        Complaint c = read(id, false).orElseThrow(() -> new BusinessRuleViolation(ComplaintErrors.NOT_FOUND, id));
        handling.checkMayChange(c);
        audit.record(AuditEntry.of(
                "COMPLAINT_PERSONAL_DATA", "complaint", Long.toString(id), "查看投诉人个人信息 " + c.complaintNo()));
        return c;
    }

    @Override
    public Complaint transition(long id, ComplaintStatus to, String outcome) {
        Complaint c = read(id, true).orElseThrow(() -> new BusinessRuleViolation(ComplaintErrors.NOT_FOUND, id));
        handling.transition(c, to, outcome);
        return find(id).orElseThrow();
    }

    private Optional<Complaint> read(long id, boolean masked) {
        return records.one(ComplaintKind.KIND, id, (rs, n) -> row(rs, masked));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private Complaint row(ResultSet rs, boolean masked) throws SQLException {
        String phone = rs.getString("complainant_phone");
        String idNumber = rs.getString("complainant_id");
        String county = rs.getString("county_code");
        return new Complaint(
                rs.getLong("id"),
                rs.getString("complaint_no"),
                rs.getString("channel"),
                rs.getObject("received_at", OffsetDateTime.class),
                masked ? maskName(rs.getString("complainant_name")) : rs.getString("complainant_name"),
                masked ? maskPhone(phone) : phone,
                masked ? ResidentIdNumber.masked(idNumber) : idNumber,
                rs.getString("respondent_name"),
                rs.getString("respondent_uscc"),
                rs.getString("respondent_address"),
                county,
                regions.findByCode(county).map(r -> r.name()).orElse(county),
                rs.getString("product"),
                rs.getString("category_code"),
                rs.getString("problem_type"),
                rs.getString("description"),
                rs.getObject("amount", BigDecimal.class),
                ComplaintStatus.valueOf(rs.getString("status")),
                rs.getObject("accepted_at", OffsetDateTime.class),
                rs.getObject("handling_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("outcome"),
                rs.getString("link_status"),
                rs.getString("enterprise_uscc"),
                ClassifiedAs.stored(
                        rs.getString("category_code"),
                        rs.getString("category_source"),
                        rs.getString("hazard_code"),
                        rs.getString("hazard_source")));
    }

    /** 李某某 → 李**: the surname only. */
    static String maskName(String name) {
        return name == null || name.isEmpty() ? name : name.substring(0, 1) + "*".repeat(name.length() - 1);
    }

    /** 13800001234 → 138****1234. */
    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
