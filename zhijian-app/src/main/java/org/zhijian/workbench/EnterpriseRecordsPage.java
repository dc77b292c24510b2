package org.zhijian.workbench;

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
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.TimelineEntry;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SampleSummary;
import org.zhijian.sampling.SamplingManagement;

/**
 * An enterprise's records of every kind on one timeline (企业全景): sampling results, then every record kind that
 * declares a timeline (complaints, recalls, product injuries, penalty decisions, listings …), newest first, with an exact count per kind, a filter by kind and pages of
 * {@value #PAGE_SIZE}; each list within the reader's area. Every kind's list is ordered by its timeline date, newest
 * first, so page {@code p} of all kinds is the first {@code p × size} of each kind merged.
 */
@Controller
class EnterpriseRecordsPage {

    static final int PAGE_SIZE = 50;

    private final EnterpriseManagement enterprises;
    private final SamplingManagement sampling;
    private final RecordManagement records;
    private final ClassificationManagement classification;
    private final org.springframework.context.MessageSource messages;

    EnterpriseRecordsPage(
            EnterpriseManagement enterprises,
            SamplingManagement sampling,
            RecordManagement records,
            ClassificationManagement classification,
            org.springframework.context.MessageSource messages) {
        this.enterprises = enterprises;
        this.sampling = sampling;
        this.records = records;
        this.classification = classification;
        this.messages = messages;
    }

    /** Where a kind's records come from: a page of them, newest first, as timeline lines. */
    private interface Source {
        PageResult<TimelineEntry> page(PageRequest page);
    }

    private static <T> Source source(Function<PageRequest, PageResult<T>> search, Function<T, TimelineEntry> entry) {
        return page -> {
            PageResult<T> found = search.apply(page);
            return new PageResult<>(
                    found.items().stream().map(entry).toList(), found.total(), found.page(), found.size());
        };
    }

    /** What the page is about: its heading, the line below it, its path and its crumbs. */
    private record Subject(String heading, String subtitle, String base, List<Crumb> crumbs) {}

    /** One page of the timeline: of one kind, or of all merged by date, with every kind's count. */
    private record Shown(Map<String, Long> counts, List<TimelineEntry> entries, long total) {}

    /** Puts one page of the timeline — of one kind, or of all merged by date — on the page. */
    private static String show(Map<String, Source> sources, String kind, Integer page, Model model, Subject subject) {
        String chosen = kind == null || !sources.containsKey(kind) ? "" : kind;
        int number = page == null || page < 1 ? 1 : page;
        Shown shown = collect(sources, chosen, number);
        model.addAttribute("heading", subject.heading());
        model.addAttribute("subtitle", subject.subtitle());
        model.addAttribute("base", subject.base());
        model.addAttribute("counts", shown.counts());
        model.addAttribute("kind", chosen);
        model.addAttribute("entries", shown.entries());
        model.addAttribute("result", new PageResult<>(shown.entries(), shown.total(), number, PAGE_SIZE));
        model.addAttribute(
                "baseUrl", chosen.isEmpty() ? subject.base() : subject.base() + "?" + QueryString.of("kind", chosen));
        model.addAttribute("crumbs", subject.crumbs());
        return "workbench/enterprise-records";
    }

    private static Shown collect(Map<String, Source> sources, String chosen, int number) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        int wanted = number * PAGE_SIZE;
        sources.forEach((name, source) -> {
            if (chosen.isEmpty()) {
                counts.put(name, newest(source, wanted, entries));
            } else if (name.equals(chosen)) {
                PageResult<TimelineEntry> found = source.page(PageRequest.of(number, PAGE_SIZE));
                counts.put(name, found.total());
                entries.addAll(found.items());
            } else {
                counts.put(name, source.page(PageRequest.of(1, 1)).total());
            }
        });
        if (!chosen.isEmpty()) {
            return new Shown(counts, entries, counts.get(chosen));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.reverseOrder())));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Shown(
                counts,
                entries.subList(Math.min(entries.size(), wanted - PAGE_SIZE), Math.min(entries.size(), wanted)),
                total);
    }

    /** Adds the newest {@code wanted} records of a kind to {@code into}; returns the kind's exact count. */
    private static long newest(Source source, int wanted, List<TimelineEntry> into) {
        PageResult<TimelineEntry> first = source.page(PageRequest.of(1, Math.min(wanted, PageRequest.MAX_SIZE)));
        into.addAll(first.items());
        int got = first.items().size();
        for (int p = 2; got < wanted && got < first.total(); p++) {
            List<TimelineEntry> more =
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
        for (RecordKind k : timelineKinds()) {
            sources.put(k.timeline().orElseThrow().label(), p -> records.ofEnterprise(k, uscc, p));
        }
        return show(
                sources,
                kind,
                page,
                model,
                new Subject(
                        e.name(),
                        e.uscc(),
                        "/enterprises/" + uscc + "/records",
                        List.of(
                                Crumb.to("nav.enterprises", "/enterprises"),
                                Crumb.of(e.name(), "/enterprises/" + uscc),
                                Crumb.hereAs("records.title"))));
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
        List<String> codes = classification.subtree(code);
        for (RecordKind k : timelineKinds()) {
            sources.put(k.timeline().orElseThrow().label(), p -> records.ofCategories(k, codes, p));
        }
        return show(
                sources,
                kind,
                page,
                model,
                new Subject(
                        category.nameZh(),
                        category.code(),
                        "/categories/" + code + "/records",
                        Crumb.belowAs("nav.categories", "/categories", "records.ofCategory", category.nameZh())));
    }

    private static TimelineEntry sample(SampleSummary s, String detail) {
        return new TimelineEntry(
                s.sampledOn(), "抽查", s.sampleName() + "（" + s.sampleNo() + "）", detail, "/sampling/records/" + s.id());
    }

    private List<RecordKind> timelineKinds() {
        return records.kinds().stream().filter(k -> k.timeline().isPresent()).toList();
    }

    /** A sample's verdict in words, from the sampling pages' own labels (no verdict yet: 待检验). */
    private String verdict(String verdict) {
        return label("sampling.verdict." + (verdict == null || verdict.isBlank() ? "PENDING" : verdict), verdict);
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
