package org.zhijian.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.records.Hits;
import org.zhijian.records.RecordManagement;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SamplingManagement;

/**
 * One search box over every record kind (综合搜索): enterprises and sampling records by their own searches, then
 * every record kind that declares a search hit (complaints, recalls, injuries, penalty decisions, listings …), each
 * within the reader's area, the first {@value #SHOWN} of each with the words marked and a link to the full list.
 */
@Controller
class SearchPage {

    static final int SHOWN = 10;

    private final EnterpriseManagement enterprises;
    private final SamplingManagement sampling;
    private final RecordManagement records;

    SearchPage(EnterpriseManagement enterprises, SamplingManagement sampling, RecordManagement records) {
        this.enterprises = enterprises;
        this.sampling = sampling;
        this.records = records;
    }

    /** One kind's hits: total, the shown ones, and where the full list is. */
    record Group(String kind, long total, List<Hit> hits, String more) {}

    /** One hit: its title and a line of context, both highlighted, and its page. */
    record Hit(Highlight title, Highlight detail, String url) {}

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("crumbs", List.of(Crumb.hereAs("search.title")));
        if (query.isEmpty()) {
            model.addAttribute("groups", List.of());
            return "workbench/search";
        }
        List<String> words = Arrays.stream(query.split("\\s+")).toList();
        List<Hits> all = new ArrayList<>(List.of(enterpriseHits(query), sampleHits(query)));
        all.addAll(records.search(query, SHOWN));
        List<Group> groups = all.stream().map(h -> group(h, words)).toList();
        model.addAttribute("groups", groups);
        return "workbench/search";
    }

    /** Enterprises by their own ranked search (names, codes, former names, pinyin). */
    private Hits enterpriseHits(String query) {
        var found =
                enterprises.search(new EnterpriseQuery(query, null, null, null, null, null), PageRequest.of(1, SHOWN));
        return new Hits(
                "市场主体",
                found.total(),
                found.items().stream()
                        .map(x ->
                                new Hits.Found(x.name(), x.uscc() + " · " + x.countyName(), "/enterprises/" + x.uscc()))
                        .toList(),
                "/enterprises?" + QueryString.of("q", query));
    }

    /** Samples by the sampling module's own search (its scope lets enterprises see their own). */
    private Hits sampleHits(String query) {
        var found = sampling.samples(new SampleQuery(null, null, null, query), PageRequest.of(1, SHOWN));
        return new Hits(
                "抽样单",
                found.total(),
                found.items().stream()
                        .map(x -> new Hits.Found(
                                x.sampleName() + "（" + x.sampleNo() + "）",
                                x.enterpriseName() + " · " + x.sampledOn(),
                                "/sampling/records/" + x.id()))
                        .toList(),
                "/sampling/records?" + QueryString.of("q", query));
    }

    private static Group group(Hits h, List<String> words) {
        return new Group(
                h.label(),
                h.total(),
                h.found().stream()
                        .map(x -> new Hit(Highlight.of(x.title(), words), Highlight.of(x.detail(), words), x.url()))
                        .toList(),
                h.listUrl());
    }
}
