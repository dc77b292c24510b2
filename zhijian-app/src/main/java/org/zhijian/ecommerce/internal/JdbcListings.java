package org.zhijian.ecommerce.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.ecommerce.Listing;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.ComponentReader;
import org.zhijian.records.KindErrors;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordsFacade;

/**
 * Listings within the officer's area (the seller's county): registration, removal (下架), referral to the seller's
 * local authority and its reply, each audited; sellers linked to the registry.
 */
@Service
class JdbcListings extends RecordsFacade<Listing, ListingQuery> implements ListingManagement {

    private static final KindErrors ERRORS = KindErrors.numbered("LISTING");
    static final ErrorCode STATE = new ErrorCode("LISTING_004", 409);

    private final JdbcClient jdbc;
    private final RecordManagement kinds;
    private final AuditTrail audit;
    private final int replyDays;

    JdbcListings(
            JdbcClient jdbc,
            RecordManagement records,
            AuditTrail audit,
            @Value("${zhijian.ecommerce.referral-reply-days:30}") int replyDays) {
        super(records, ListingKind.KIND, ERRORS, reader());
        this.replyDays = replyDays;
        this.jdbc = jdbc;
        this.kinds = records;
        this.audit = audit;
    }

    @Override
    public Listing removed(long id, LocalDate on) {
        Listing l = records.writable(id);
        if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(l.foundOn())) {
            throw new BusinessRuleViolation(ERRORS.invalid(), "下架日期不能为空，不能早于发现日期，也不能晚于今天");
        }
        Listing changed = change(
                l,
                "update listing set removed_on = :on, status = case when status = 'FOUND' then 'REMOVED' else status end "
                        + "where id = :id",
                Map.of("on", on),
                "LISTING_REMOVED",
                "商品已下架（" + on + "）");
        kinds.changed(ListingKind.KIND);
        return changed;
    }

    @Override
    public Listing refer(long id, String note) {
        Listing l = records.writable(id);
        if (!List.of("FOUND", "REMOVED").contains(l.status())) {
            throw new BusinessRuleViolation(STATE, "已移送属地查处");
        }
        return change(
                l,
                "update listing set status = 'REFERRED', referred_at = now(), referral_note = :note,"
                        + " reply_due_on = :due where id = :id",
                Map.of("note", note == null ? "" : note.strip(), "due", today().plusDays(replyDays)),
                "LISTING_REFERRED",
                "移送" + l.countyName() + "市场监管部门查处");
    }

    @Override
    public Listing reply(long id, String reply) {
        Listing l = records.writable(id);
        if (!"REFERRED".equals(l.status()) || reply == null || reply.isBlank()) {
            throw new BusinessRuleViolation(STATE, "只能答复已移送的商品，且须填写答复");
        }
        return change(
                l,
                "update listing set status = 'REPLIED', reply = :reply, replied_at = now() where id = :id",
                Map.of("reply", reply.strip()),
                "LISTING_REPLIED",
                "属地答复：" + reply.strip());
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private Listing change(Listing l, String sql, Map<String, Object> params, String action, String summary) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("id", l.id());
        jdbc.sql(sql).params(all).update();
        audit.record(new AuditEntry(
                action,
                "listing",
                Long.toString(l.id()),
                l.product() + "：" + summary,
                Map.of("status", l.status()),
                null));
        return find(l.id()).orElseThrow();
    }

    @Override
    public PageResult<Listing> search(ListingQuery query, PageRequest page) {
        Conditions c = records.conditions(query.q(), query.region(), query.enterprise(), query.category());
        if ("OVERDUE".equals(query.status())) {
            c.bind("today", today(), "status = 'REFERRED' and reply_due_on < :today");
        } else {
            c.when("status", query.status(), "status = :status");
        }
        return records.page(c.when("platform", query.platform(), "platform = :platform"), page);
    }

    /** A listing's columns; it is overdue when referred and not answered by its reply date. */
    private static ComponentReader<Listing> reader() {
        return ComponentReader.of(Listing.class).with("overdue", c -> {
            LocalDate due = c.date("reply_due_on");
            return "REFERRED".equals(c.text("status")) && due != null && due.isBefore(today());
        });
    }
}
