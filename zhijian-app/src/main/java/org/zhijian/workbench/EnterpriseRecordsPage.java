package org.zhijian.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SamplingManagement;

/**
 * An enterprise's records of every kind on one timeline (企业全景): sampling results, complaints, recalls, product
 * injuries and penalty decisions, newest
 * first, with a count per kind and a filter by kind; each list within the reader's area. Counts are exact; the
 * timeline shows the newest {@value #PER_KIND} of each kind.
 */
@Controller
class EnterpriseRecordsPage {

    static final int PER_KIND = 200;

    private final EnterpriseManagement enterprises;
    private final SamplingManagement sampling;
    private final ComplaintManagement complaints;
    private final RecallManagement recalls;
    private final org.zhijian.injury.InjuryManagement injuries;
    private final org.zhijian.enforcement.EnforcementManagement cases;
    private final org.zhijian.ecommerce.ListingManagement listings;
    private final org.zhijian.classification.ClassificationManagement classification;

    EnterpriseRecordsPage(
            EnterpriseManagement enterprises,
            SamplingManagement sampling,
            ComplaintManagement complaints,
            RecallManagement recalls,
            org.zhijian.injury.InjuryManagement injuries,
            org.zhijian.enforcement.EnforcementManagement cases,
            org.zhijian.ecommerce.ListingManagement listings,
            org.zhijian.classification.ClassificationManagement classification) {
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

    @GetMapping("/enterprises/{uscc}/records")
    String records(@PathVariable String uscc, @RequestParam(required = false) String kind, Model model) {
        Enterprise e =
                enterprises.find(uscc).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, uscc));
        PageRequest page = PageRequest.of(1, PER_KIND);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        var samples = sampling.samples(new SampleQuery(null, null, null, uscc), page);
        counts.put("抽查", samples.total());
        samples.items().stream()
                .filter(s -> s.enterpriseUscc().equals(uscc))
                .forEach(s -> entries.add(new Entry(
                        s.sampledOn(),
                        "抽查",
                        s.sampleName() + "（" + s.sampleNo() + "）",
                        verdict(s.verdict()),
                        "/sampling/records/" + s.id())));
        var complained = complaints.search(new ComplaintQuery(null, null, null, null, uscc), page);
        counts.put("投诉举报", complained.total());
        complained
                .items()
                .forEach(c -> entries.add(new Entry(
                        c.receivedAt().toLocalDate(),
                        "投诉举报",
                        c.product().isBlank() ? c.complaintNo() : c.product() + "（" + c.complaintNo() + "）",
                        c.statusLabel() + "：" + abbreviate(c.description()),
                        "/complaints/" + c.id())));
        var recalled = recalls.search(new RecallQuery(null, null, null, null, uscc), page);
        counts.put("召回", recalled.total());
        recalled.items()
                .forEach(r -> entries.add(new Entry(
                        r.recalledOn(),
                        "召回",
                        r.product() + "（" + r.reference() + "）",
                        abbreviate(r.hazard()),
                        "/recalls/" + r.id())));
        var hurt = injuries.search(new org.zhijian.injury.InjuryQuery(null, null, null, null, uscc), page);
        counts.put("产品伤害", hurt.total());
        hurt.items()
                .forEach(i -> entries.add(new Entry(
                        i.occurredOn(),
                        "产品伤害",
                        i.product() + "（" + i.caseNo() + "）",
                        i.severity() + " 级 · " + i.injuryType() + " · " + abbreviate(i.description()),
                        "/injuries/" + i.id())));
        var penalised = cases.search(new org.zhijian.enforcement.CaseQuery(null, null, uscc), page);
        counts.put("行政处罚", penalised.total());
        penalised
                .items()
                .forEach(c -> entries.add(new Entry(
                        c.decidedOn(),
                        "行政处罚",
                        c.violationType() + "（" + c.caseNo() + "）",
                        c.fineAmount() == null ? c.legalBasis() : "罚款 " + c.fineAmount() + " 元",
                        "/cases/" + c.id())));
        var sold = listings.search(new org.zhijian.ecommerce.ListingQuery(null, null, null, null, uscc), page);
        counts.put("电商商品", sold.total());
        sold.items()
                .forEach(l -> entries.add(new Entry(
                        l.foundOn(),
                        "电商商品",
                        l.product() + "（" + l.platform() + "）",
                        l.shop() + " · " + l.status(),
                        "/listings/" + l.id())));
        entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("title", e.name());
        model.addAttribute("subtitle", e.uscc());
        model.addAttribute("base", "/enterprises/" + uscc + "/records");
        model.addAttribute("counts", counts);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute(
                "entries",
                kind == null || kind.isBlank()
                        ? entries
                        : entries.stream().filter(x -> x.kind().equals(kind)).toList());
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("市场主体名录", "/enterprises"),
                        Crumb.of(e.name(), "/enterprises/" + uscc),
                        Crumb.here("全部记录")));
        return "workbench/enterprise-records";
    }

    /**
     * The same view for a product category (its sub-categories included): the sampling records and complaints filed
     * under it, within the reader's area.
     */
    @GetMapping("/categories/{code}/records")
    String category(@PathVariable String code, @RequestParam(required = false) String kind, Model model) {
        var category = classification
                .findCategory(code)
                .orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, code));
        PageRequest page = PageRequest.of(1, PER_KIND);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        var samples = sampling.samples(new SampleQuery(null, null, null, null, code), page);
        counts.put("抽查", samples.total());
        samples.items()
                .forEach(s -> entries.add(new Entry(
                        s.sampledOn(),
                        "抽查",
                        s.sampleName() + "（" + s.sampleNo() + "）",
                        s.enterpriseName() + " · " + verdict(s.verdict()),
                        "/sampling/records/" + s.id())));
        var complained = complaints.search(new ComplaintQuery(null, null, null, null, null, code), page);
        counts.put("投诉举报", complained.total());
        complained
                .items()
                .forEach(c -> entries.add(new Entry(
                        c.receivedAt().toLocalDate(),
                        "投诉举报",
                        c.respondentName() + "（" + c.complaintNo() + "）",
                        c.statusLabel() + "：" + abbreviate(c.description()),
                        "/complaints/" + c.id())));
        entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("title", category.nameZh());
        model.addAttribute("subtitle", category.code());
        model.addAttribute("base", "/categories/" + code + "/records");
        model.addAttribute("counts", counts);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute(
                "entries",
                kind == null || kind.isBlank()
                        ? entries
                        : entries.stream().filter(x -> x.kind().equals(kind)).toList());
        model.addAttribute(
                "crumbs", List.of(Crumb.of("产品分类", "/categories"), Crumb.here(category.nameZh() + " · 全部记录")));
        return "workbench/enterprise-records";
    }

    private static String verdict(String verdict) {
        return switch (verdict == null ? "" : verdict) {
            case "CONFORMING" -> "合格";
            case "NONCONFORMING" -> "不合格";
            case "UNDECIDED" -> "待判定";
            default -> "待检验";
        };
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
