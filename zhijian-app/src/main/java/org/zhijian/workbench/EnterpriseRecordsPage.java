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
    private final InjuryManagement injuries;
    private final EnforcementManagement cases;
    private final ListingManagement listings;
    private final ClassificationManagement classification;

    EnterpriseRecordsPage(
            EnterpriseManagement enterprises,
            SamplingManagement sampling,
            ComplaintManagement complaints,
            RecallManagement recalls,
            InjuryManagement injuries,
            EnforcementManagement cases,
            ListingManagement listings,
            ClassificationManagement classification) {
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

    /** A timeline being built: the exact count per kind and the newest records of each. */
    private static final class Timeline {
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<Entry> entries = new ArrayList<>();

        <T> void add(String kind, PageResult<T> found, Function<T, Entry> entry) {
            counts.put(kind, found.total());
            found.items().stream().map(entry).forEach(entries::add);
        }

        /** Puts the timeline, newest first and limited to {@code kind} when one is chosen, on the page. */
        String show(Model model, String kind, String title, String subtitle, String base, List<Crumb> crumbs) {
            entries.sort(Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.reverseOrder())));
            model.addAttribute("title", title);
            model.addAttribute("subtitle", subtitle);
            model.addAttribute("base", base);
            model.addAttribute("counts", counts);
            model.addAttribute("kind", kind == null ? "" : kind);
            model.addAttribute(
                    "entries",
                    kind == null || kind.isBlank()
                            ? entries
                            : entries.stream()
                                    .filter(x -> x.kind().equals(kind))
                                    .toList());
            model.addAttribute("crumbs", crumbs);
            return "workbench/enterprise-records";
        }
    }

    @GetMapping("/enterprises/{uscc}/records")
    String records(@PathVariable String uscc, @RequestParam(required = false) String kind, Model model) {
        Enterprise e =
                enterprises.find(uscc).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, uscc));
        PageRequest page = PageRequest.of(1, PER_KIND);
        Timeline timeline = new Timeline();
        var samples = sampling.samples(new SampleQuery(null, null, null, uscc), page); // q also matches fragments
        timeline.add(
                "抽查",
                new PageResult<>(
                        samples.items().stream()
                                .filter(x -> x.enterpriseUscc().equals(uscc))
                                .toList(),
                        samples.total(),
                        samples.page(),
                        samples.size()),
                s -> sample(s, verdict(s.verdict())));
        timeline.add(
                "投诉举报",
                complaints.search(new ComplaintQuery(null, null, null, null, uscc), page),
                c -> complaint(c, c.product().isBlank() ? c.complaintNo() : c.product() + "（" + c.complaintNo() + "）"));
        timeline.add(
                "召回",
                recalls.search(new RecallQuery(null, null, null, null, uscc), page),
                EnterpriseRecordsPage::recall);
        timeline.add(
                "产品伤害",
                injuries.search(new InjuryQuery(null, null, null, null, uscc), page),
                EnterpriseRecordsPage::injury);
        timeline.add("行政处罚", cases.search(new CaseQuery(null, null, uscc), page), EnterpriseRecordsPage::penalty);
        timeline.add(
                "电商商品",
                listings.search(new ListingQuery(null, null, null, null, uscc), page),
                EnterpriseRecordsPage::listing);
        return timeline.show(
                model,
                kind,
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
    String category(@PathVariable String code, @RequestParam(required = false) String kind, Model model) {
        var category = classification
                .findCategory(code)
                .orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, code));
        PageRequest page = PageRequest.of(1, PER_KIND);
        Timeline timeline = new Timeline();
        timeline.add(
                "抽查",
                sampling.samples(new SampleQuery(null, null, null, null, code), page),
                s -> sample(s, s.enterpriseName() + " · " + verdict(s.verdict())));
        timeline.add(
                "投诉举报",
                complaints.search(new ComplaintQuery(null, null, null, null, null, code), page),
                c -> complaint(c, c.respondentName() + "（" + c.complaintNo() + "）"));
        timeline.add(
                "产品伤害",
                injuries.search(new InjuryQuery(null, null, null, null, null, code, null), page),
                EnterpriseRecordsPage::injury);
        timeline.add(
                "召回",
                recalls.search(new RecallQuery(null, null, null, null, null, code), page),
                EnterpriseRecordsPage::recall);
        timeline.add("行政处罚", cases.search(new CaseQuery(null, null, null, code), page), EnterpriseRecordsPage::penalty);
        timeline.add(
                "电商商品",
                listings.search(new ListingQuery(null, null, null, null, null, code), page),
                EnterpriseRecordsPage::listing);
        return timeline.show(
                model,
                kind,
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

    private static Entry listing(Listing l) {
        return new Entry(
                l.foundOn(),
                "电商商品",
                l.product() + "（" + l.platform() + "）",
                l.shop() + " · " + l.status(),
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
