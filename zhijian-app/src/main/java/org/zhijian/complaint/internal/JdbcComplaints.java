package org.zhijian.complaint.internal;

import org.springframework.stereotype.Service;
import org.zhijian.algo.identifier.ResidentIdNumber;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.ComponentReader;
import org.zhijian.records.KindErrors;
import org.zhijian.records.KindRecords;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordsFacade;

/** Registers, lists and reads complaints within the officer's area (enterprise users see none). */
@Service
class JdbcComplaints extends RecordsFacade<Complaint, ComplaintQuery> implements ComplaintManagement {

    private static final KindErrors ERRORS =
            new KindErrors(ComplaintErrors.INVALID, ComplaintErrors.DUPLICATE, ComplaintErrors.NOT_FOUND);

    private final KindRecords<Complaint> unmasked;
    private final ComplaintHandling handling;
    private final AuditTrail audit;

    JdbcComplaints(RecordManagement records, ComplaintHandling handling, AuditTrail audit) {
        super(records, ComplaintKind.KIND, ERRORS, masked());
        this.unmasked = records.typed(ComplaintKind.KIND, ERRORS, ComponentReader.of(Complaint.class));
        this.handling = handling;
        this.audit = audit;
    }

    /** Complaints as lists and pages show them: the complainant's name, phone and identity number masked. */
    private static ComponentReader<Complaint> masked() {
        return ComponentReader.of(Complaint.class)
                .with("complainantName", c -> maskName(c.text("complainant_name")))
                .with("complainantPhone", c -> maskPhone(c.text("complainant_phone")))
                .with("complainantId", c -> ResidentIdNumber.masked(c.text("complainant_id")));
    }

    @Override
    public PageResult<Complaint> search(ComplaintQuery query, PageRequest page) {
        return records.page(filters(query), page);
    }

    private Conditions filters(ComplaintQuery query) {
        return records.conditions(query.q(), query.region(), query.enterprise(), query.category())
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
    public Complaint withPersonalData(long id) {
        Complaint c = unmasked.writable(id);
        audit.record(AuditEntry.of(
                "COMPLAINT_PERSONAL_DATA", "complaint", Long.toString(id), "查看投诉人个人信息 " + c.complaintNo()));
        return c;
    }

    @Override
    public Complaint transition(long id, ComplaintStatus to, String outcome) {
        handling.transition(records.writable(id), to, outcome);
        return records.get(id);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
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
