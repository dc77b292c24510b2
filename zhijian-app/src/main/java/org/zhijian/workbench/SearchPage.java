package org.zhijian.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SamplingManagement;

/**
 * One search box over every record kind (综合搜索): enterprises, sampling records, complaints, recalls, injuries,
 * penalty decisions and e-commerce listings, each
 * within the reader's area, the first {@value #SHOWN} of each with the words marked and a link to the full list.
 */
@Controller
class SearchPage {

    static final int SHOWN = 10;

    private final EnterpriseManagement enterprises;
    private final SamplingManagement sampling;
    private final ComplaintManagement complaints;
    private final RecallManagement recalls;
    private final org.zhijian.injury.InjuryManagement injuries;
    private final org.zhijian.enforcement.EnforcementManagement cases;
    private final org.zhijian.ecommerce.ListingManagement listings;

    SearchPage(
            EnterpriseManagement enterprises,
            SamplingManagement sampling,
            ComplaintManagement complaints,
            RecallManagement recalls,
            org.zhijian.injury.InjuryManagement injuries,
            org.zhijian.enforcement.EnforcementManagement cases,
            org.zhijian.ecommerce.ListingManagement listings) {
        this.listings = listings;
        this.cases = cases;
        this.enterprises = enterprises;
        this.sampling = sampling;
        this.complaints = complaints;
        this.recalls = recalls;
        this.injuries = injuries;
    }

    /** One kind's hits: total, the shown ones, and where the full list is. */
    record Group(String kind, long total, List<Hit> hits, String more) {}

    /** One hit: its title and a line of context, both highlighted, and its page. */
    record Hit(Highlight title, Highlight detail, String url) {}

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("crumbs", List.of(Crumb.here("综合搜索")));
        if (query.isEmpty()) {
            model.addAttribute("groups", List.of());
            return "workbench/search";
        }
        List<String> words = Arrays.stream(query.split("\\s+")).toList();
        String enc = URLEncoder.encode(query, StandardCharsets.UTF_8);
        PageRequest page = PageRequest.of(1, SHOWN);
        List<Group> groups = new ArrayList<>();
        var e = enterprises.search(new EnterpriseQuery(query, null, null, null, null, null), page);
        groups.add(new Group(
                "市场主体",
                e.total(),
                e.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.name(), words),
                                Highlight.of(x.uscc() + " · " + x.countyName(), words),
                                "/enterprises/" + x.uscc()))
                        .toList(),
                "/enterprises?q=" + enc));
        var s = sampling.samples(new SampleQuery(null, null, null, query), page);
        groups.add(new Group(
                "抽样单",
                s.total(),
                s.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.sampleName() + "（" + x.sampleNo() + "）", words),
                                Highlight.of(x.enterpriseName() + " · " + x.sampledOn(), words),
                                "/sampling/records/" + x.id()))
                        .toList(),
                "/sampling/records?q=" + enc));
        var c = complaints.search(new ComplaintQuery(query, null, null, null, null), page);
        groups.add(new Group(
                "投诉举报",
                c.total(),
                c.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.respondentName() + "（" + x.complaintNo() + "）", words),
                                Highlight.of(x.product() + " · " + x.description(), words),
                                "/complaints/" + x.id()))
                        .toList(),
                "/complaints?q=" + enc));
        var r = recalls.search(new RecallQuery(null, null, query), page);
        groups.add(new Group(
                "召回",
                r.total(),
                r.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.product() + "（" + x.reference() + "）", words),
                                Highlight.of(x.sourceLabel() + " · " + x.recalledOn() + " · " + x.hazard(), words),
                                "/recalls/" + x.id()))
                        .toList(),
                "/recalls?q=" + enc));
        var i = injuries.search(new org.zhijian.injury.InjuryQuery(query, null, null, null, null), page);
        groups.add(new Group(
                "产品伤害",
                i.total(),
                i.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.product() + "（" + x.caseNo() + "）", words),
                                Highlight.of(x.occurredOn() + " · " + x.injuryType() + " · " + x.description(), words),
                                "/injuries/" + x.id()))
                        .toList(),
                "/injuries?q=" + enc));
        var k = cases.search(new org.zhijian.enforcement.CaseQuery(query, null, null), page);
        groups.add(new Group(
                "行政处罚",
                k.total(),
                k.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.partyName() + "（" + x.caseNo() + "）", words),
                                Highlight.of(x.decidedOn() + " · " + x.violationType() + " · " + x.facts(), words),
                                "/cases/" + x.id()))
                        .toList(),
                "/cases?q=" + enc));
        var l = listings.search(new org.zhijian.ecommerce.ListingQuery(query, null, null, null, null), page);
        groups.add(new Group(
                "电商商品",
                l.total(),
                l.items().stream()
                        .map(x -> new Hit(
                                Highlight.of(x.product() + "（" + x.platform() + "）", words),
                                Highlight.of(
                                        x.foundOn() + " · " + x.shop() + " · " + x.sellerName() + " · " + x.url(),
                                        words),
                                "/listings/" + x.id()))
                        .toList(),
                "/listings?q=" + enc));
        model.addAttribute("groups", groups);
        return "workbench/search";
    }
}
