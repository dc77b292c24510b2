package org.zhijian.ecommerce.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.ecommerce.Listing;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.RecordManagement;
import org.zhijian.region.RegionManagement;

/**
 * Listings within the officer's area (the seller's county): registration, removal (下架), referral to the seller's
 * local authority and its reply, each audited; sellers linked to the registry.
 */
@Service
class JdbcListings implements ListingManagement {

    static final ErrorCode INVALID = new ErrorCode("LISTING_001", 422);
    static final ErrorCode DUPLICATE = new ErrorCode("LISTING_002", 409);
    static final ErrorCode NOT_FOUND = new ErrorCode("LISTING_003", 404);
    static final ErrorCode STATE = new ErrorCode("LISTING_004", 409);

    private final JdbcClient jdbc;
    private final RecordManagement records;
    private final RegionManagement regions;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final int replyDays;

    JdbcListings(
            JdbcClient jdbc,
            RecordManagement records,
            RegionManagement regions,
            CurrentActor currentActor,
            AuditTrail audit,
            @Value("${zhijian.ecommerce.referral-reply-days:30}") int replyDays) {
        this.replyDays = replyDays;
        this.jdbc = jdbc;
        this.records = records;
        this.regions = regions;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Listing register(Map<String, String> fields) {
        return find(records.register(ListingKind.KIND, fields, INVALID, DUPLICATE))
                .orElseThrow();
    }

    @Override
    public Listing removed(long id, LocalDate on) {
        Listing l = writable(id);
        if (on == null || on.isAfter(LocalDate.now()) || on.isBefore(l.foundOn())) {
            throw new BusinessRuleViolation(INVALID, "下架日期不能为空，不能早于发现日期，也不能晚于今天");
        }
        Listing changed = change(
                l,
                "update listing set removed_on = :on, status = case when status = 'FOUND' then 'REMOVED' else status end "
                        + "where id = :id",
                Map.of("on", on),
                "LISTING_REMOVED",
                "商品已下架（" + on + "）");
        records.changed(ListingKind.KIND);
        return changed;
    }

    @Override
    public Listing refer(long id, String note) {
        Listing l = writable(id);
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
        Listing l = writable(id);
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

    private Listing writable(long id) {
        Listing l = find(id).orElseThrow(() -> new BusinessRuleViolation(NOT_FOUND, id));
        currentActor
                .get()
                .checkWrite(
                        l.countyCode(),
                        regions.findByCode(l.countyCode()).map(r -> r.parent()).orElse(null),
                        null);
        return l;
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
        return records.page(ListingKind.KIND, filters(query), page, (rs, n) -> row(rs));
    }

    @Override
    public Optional<Listing> find(long id) {
        return records.one(ListingKind.KIND, id, (rs, n) -> row(rs));
    }

    private Conditions filters(ListingQuery query) {
        Conditions c =
                records.conditions(ListingKind.KIND, query.q(), query.region(), query.enterprise(), query.category());
        if ("OVERDUE".equals(query.status())) {
            c.bind("today", today(), "status = 'REFERRED' and reply_due_on < :today");
        } else {
            c.when("status", query.status(), "status = :status");
        }
        return c.when("platform", query.platform(), "platform = :platform");
    }

    private Listing row(ResultSet rs) throws SQLException {
        String county = rs.getString("county_code");
        return new Listing(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("platform"),
                rs.getString("shop"),
                rs.getString("product"),
                rs.getObject("price", BigDecimal.class),
                (Long) rs.getObject("sales"),
                rs.getString("seller_name"),
                rs.getString("seller_uscc"),
                county,
                regions.findByCode(county).map(r -> r.name()).orElse(county),
                rs.getString("manufacturer"),
                rs.getString("sample_no"),
                rs.getObject("found_on", LocalDate.class),
                rs.getString("status"),
                rs.getObject("removed_on", LocalDate.class),
                rs.getObject("referred_at", OffsetDateTime.class),
                rs.getString("referral_note"),
                rs.getString("reply"),
                rs.getObject("replied_at", OffsetDateTime.class),
                rs.getObject("reply_due_on", LocalDate.class),
                "REFERRED".equals(rs.getString("status"))
                        && rs.getObject("reply_due_on", LocalDate.class) != null
                        && rs.getObject("reply_due_on", LocalDate.class).isBefore(today()),
                rs.getString("link_status"),
                rs.getString("enterprise_uscc"),
                ClassifiedAs.stored(
                        rs.getString("category_code"),
                        rs.getString("category_source"),
                        rs.getString("hazard_code"),
                        rs.getString("hazard_source")));
    }
}
