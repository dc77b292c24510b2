package org.zhijian.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.ecommerce.Listing;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.recall.Recall;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SampleSummary;
import org.zhijian.sampling.SamplingManagement;

/**
 * An enterprise's records of every kind on one timeline (企业全景): sampling results, complaints, recalls, product
 * injuries, penalty decisions and listings, newest first, with an exact count per kind, a filter by kind and pages of
 * {@value #PAGE_SIZE}; each list within the reader's area. Every kind's list is ordered by its timeline date, newest
 * first, so page {@code p} of all kinds is the first {@code p × size} of each kind merged.
 */
@Controller
class EnterpriseRecordsPage {

    static final int PAGE_SIZE = 50;

    private final EnterpriseManagement enterprises;
    private final SamplingManagement sampling;
    private final ComplaintManagement complaints;
    private final RecallManagement recalls;
    private final InjuryManagement injuries;
    private final EnforcementManagement cases;
    private final ListingManagement listings;
    private final ClassificationManagement classification;
    private final org.springframework.context.MessageSource messages;

    EnterpriseRecordsPage(
            EnterpriseManagement enterprises,
            SamplingManagement sampling,
            ComplaintManagement complaints,
            RecallManagement recalls,
            InjuryManagement injuries,
            EnforcementManagement cases,
            ListingManagement listings,
            ClassificationManagement classification,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.classification = classification;
        this.cases = cases;
        this.listings = listings;
        this.enterprises = enterprises;
        this.sampling = sampling;
        this.complaints = complaints;
        this.recalls = recalls;
        this.injuries = injuries;
    }

    /** One line of the timeline. */
    record Entry(LocalDate date, String kind, String title, String detail, String url) {}

    /** Where a kind's records come from: a page of them, newest first, as timeline lines. */
    private interface Source {
        PageResult<Entry> page(PageRequest page);
    }

    private static <T> Source source(Function<PageRequest, PageResult<T>> search, Function<T, Entry> entry) {
        return page -> {
            PageResult<T> found = search.apply(page);
            return new PageResult<>(
                    found.items().stream().map(entry).toList(), found.total(), found.page(), found.size());
        };
    }

    /** Puts one page of the timeline — of one kind, or of all merged by date — on the page. */
    private static String show(
            Map<String, Source> sources,
            String kind,
            Integer page,
            Model model,
            String heading,
            String subtitle,
            String base,
            List<Crumb> crumbs) {
        String chosen = kind == null || !sources.containsKey(kind) ? "" : kind;
        int number = page == null || page < 1 ? 1 : page;
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        int wanted = number * PAGE_SIZE;
        sources.forEach((name, source) -> {
            if (chosen.isEmpty()) {
                counts.put(name, newest(source, wanted, entries));
            } else if (name.equals(chosen)) {
                PageResult<Entry> found = source.page(PageRequest.of(number, PAGE_SIZE));
                counts.put(name, found.total());
                entries.addAll(found.items());
            } else {
                counts.put(name, source.page(PageRequest.of(1, 1)).total());
            }
        });
        entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
        long total = chosen.isEmpty()
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(chosen);
        List<Entry> shown = chosen.isEmpty()
                ? entries.subList(Math.min(entries.size(), wanted - PAGE_SIZE), Math.min(entries.size(), wanted))
                : entries;
        model.addAttribute("heading", heading);
        model.addAttribute("subtitle", subtitle);
        model.addAttribute("base", base);
        model.addAttribute("counts", counts);
        model.addAttribute("kind", chosen);
        model.addAttribute("entries", shown);
        model.addAttribute("result", new PageResult<>(shown, total, number, PAGE_SIZE));
        model.addAttribute(
                "baseUrl",
                chosen.isEmpty()
                        ? base
                        : base + "?kind="
                                + java.net.URLEncoder.encode(chosen, java.nio.charset.StandardCharsets.UTF_8));
        model.addAttribute("crumbs", crumbs);
        return "workbench/enterprise-records";
    }

    /** Adds the newest {@code wanted} records of a kind to {@code into}; returns the kind's exact count. */
    private static long newest(Source source, int wanted, List<Entry> into) {
        PageResult<Entry> first = source.page(PageRequest.of(1, Math.min(wanted, PageRequest.MAX_SIZE)));
        into.addAll(first.items());
        int got = first.items().size();
        for (int p = 2; got < wanted && got < first.total(); p++) {
            List<Entry> more =
                    source.page(PageRequest.of(p, PageRequest.MAX_SIZE)).items();
            if (more.isEmpty()) {
                break;
            }
            into.addAll(more.subList(0, Math.min(more.size(), wanted - got)));
            got += more.size();
        }
        return first.total();
    }

    @GetMapping("/enterprises/{uscc}/records")
    String records(
            @PathVariable String uscc,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        Enterprise e =
                enterprises.find(uscc).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, uscc));
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(
                "抽查",
                source(p -> sampling.samples(SampleQuery.ofEnterprise(uscc), p), s -> sample(s, verdict(s.verdict()))));
        sources.put(
                "投诉举报",
                source(
                        p -> complaints.search(new ComplaintQuery(null, null, null, null, uscc), p),
                        c -> complaint(
                                c,
                                c.product().isBlank() ? c.complaintNo() : c.product() + "（" + c.complaintNo() + "）")));
        sources.put(
                "召回",
                source(
                        p -> recalls.search(new RecallQuery(null, null, null, null, uscc), p),
                        EnterpriseRecordsPage::recall));
        sources.put(
                "产品伤害",
                source(
                        p -> injuries.search(new InjuryQuery(null, null, null, null, uscc), p),
                        EnterpriseRecordsPage::injury));
        sources.put(
                "行政处罚", source(p -> cases.search(new CaseQuery(null, null, uscc), p), EnterpriseRecordsPage::penalty));
        sources.put(
                "电商商品", source(p -> listings.search(new ListingQuery(null, null, null, null, uscc), p), this::listing));
        return show(
                sources,
                kind,
                page,
                model,
                e.name(),
                e.uscc(),
                "/enterprises/" + uscc + "/records",
                List.of(
                        Crumb.of("市场主体名录", "/enterprises"),
                        Crumb.of(e.name(), "/enterprises/" + uscc),
                        Crumb.here("全部记录")));
    }

    /**
     * The same view for a product category (its sub-categories included): every kind of record filed under it (by
     * hand or by the keyword classifier), within the reader's area.
     */
    @GetMapping("/categories/{code}/records")
    String category(
            @PathVariable String code,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page,
            Model model) {
        var category = classification
                .findCategory(code)
                .orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, code));
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put(
                "抽查",
                source(
                        p -> sampling.samples(new SampleQuery(null, null, null, null, code), p),
                        s -> sample(s, s.enterpriseName() + " · " + verdict(s.verdict()))));
        sources.put(
                "投诉举报",
                source(
                        p -> complaints.search(new ComplaintQuery(null, null, null, null, null, code), p),
                        c -> complaint(c, c.respondentName() + "（" + c.complaintNo() + "）")));
        sources.put(
                "产品伤害",
                source(
                        p -> injuries.search(new InjuryQuery(null, null, null, null, null, code, null), p),
                        EnterpriseRecordsPage::injury));
        sources.put(
                "召回",
                source(
                        p -> recalls.search(new RecallQuery(null, null, null, null, null, code), p),
                        EnterpriseRecordsPage::recall));
        sources.put(
                "行政处罚",
                source(p -> cases.search(new CaseQuery(null, null, null, code), p), EnterpriseRecordsPage::penalty));
        sources.put(
                "电商商品",
                source(p -> listings.search(new ListingQuery(null, null, null, null, null, code), p), this::listing));
        return show(
                sources,
                kind,
                page,
                model,
                category.nameZh(),
                category.code(),
                "/categories/" + code + "/records",
                List.of(Crumb.of("产品分类", "/categories"), Crumb.here(category.nameZh() + " · 全部记录")));
    }

    private static Entry sample(SampleSummary s, String detail) {
        return new Entry(
                s.sampledOn(), "抽查", s.sampleName() + "（" + s.sampleNo() + "）", detail, "/sampling/records/" + s.id());
    }

    private static Entry complaint(Complaint c, String title) {
        return new Entry(
                c.receivedAt().toLocalDate(),
                "投诉举报",
                title,
                c.statusLabel() + "：" + abbreviate(c.description()),
                "/complaints/" + c.id());
    }

    private static Entry recall(Recall r) {
        return new Entry(
                r.recalledOn(),
                "召回",
                r.product() + "（" + r.reference() + "）",
                abbreviate(r.hazard()),
                "/recalls/" + r.id());
    }

    private static Entry penalty(EnforcementCase c) {
        return new Entry(
                c.decidedOn(),
                "行政处罚",
                c.violationType() + "（" + c.caseNo() + "）",
                c.fineAmount() == null ? c.legalBasis() : "罚款 " + c.fineAmount() + " 元",
                "/cases/" + c.id());
    }

    private Entry listing(Listing l) {
        return new Entry(
                l.foundOn(),
                "电商商品",
                l.product() + "（" + l.platform() + "）",
                l.shop() + " · " + listingStatus(l.status()),
                "/listings/" + l.id());
    }

    private static Entry injury(Injury i) {
        return new Entry(
                i.occurredOn(),
                "产品伤害",
                i.product() + "（" + i.caseNo() + "）",
                i.severity() + " 级 · " + i.injuryType() + " · " + abbreviate(i.description()),
                "/injuries/" + i.id());
    }

    /** A listing's state in words, from the listing pages' own labels. */
    private String listingStatus(String status) {
        return label("listing.status." + status, status);
    }

    /** A sample's verdict in words, from the sampling pages' own labels (no verdict yet: 待检验). */
    private String verdict(String verdict) {
        return label("sampling.verdict." + (verdict == null || verdict.isBlank() ? "PENDING" : verdict), verdict);
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
