package org.zhijian.sampling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.platform.web.XlsxDownload;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.DrawnTarget;
import org.zhijian.sampling.PlaceType;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.ResultsForm;
import org.zhijian.sampling.Sample;
import org.zhijian.sampling.SampleForm;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SampleSummary;
import org.zhijian.sampling.SamplingManagement;
import org.zhijian.sampling.internal.SamplingErrors;

/** Sampling records: list with filters and export, the record form (from a drawn target) and results entry. */
@Controller
@RequestMapping("/sampling/records")
class SamplePages {

    private final SamplingManagement sampling;
    private final Refusals refusals;

    private final org.zhijian.classification.ClassificationManagement classification;
    private final PageText text;

    SamplePages(
            SamplingManagement sampling,
            Refusals refusals,
            org.zhijian.classification.ClassificationManagement classification,
            PageText text) {
        this.classification = classification;
        this.text = text;
        this.sampling = sampling;
        this.refusals = refusals;
    }

    @GetMapping
    String list(SampleQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute(
                "categoryName",
                query.category() == null || query.category().isBlank()
                        ? null
                        : classification
                                .findCategory(query.category().strip())
                                .map(c -> c.nameZh())
                                .orElse(query.category()));
        model.addAttribute("result", sampling.samples(query, PageRequest.of(page, 50)));
        model.addAttribute("baseUrl", url("/sampling/records", query));
        model.addAttribute("crumbs", List.of(Crumb.hereAs("nav.records")));
        return "sampling/records";
    }

    @GetMapping("/export")
    void export(SampleQuery query, HttpServletResponse response) throws IOException {
        var columns = text.columns(SampleSummary.class, "sample.exportColumns");
        XlsxDownload.send(response, text.of("nav.records"), columns, p -> sampling.samples(query, p));
    }

    @GetMapping("/new")
    String newSample(@RequestParam long draw, @RequestParam int ordinal, Model model) {
        Draw d = sampling.findDraw(draw)
                .orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, draw));
        DrawnTarget target = d.selections().stream()
                .filter(t -> t.ordinal() == ordinal)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, draw));
        Plan plan = sampling.plan(d.planId()).orElseThrow();
        SampleForm form = new SampleForm(
                plan.id(),
                d.id(),
                "",
                target.uscc(),
                plan.categories().get(0),
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                PlaceType.PRODUCTION,
                "",
                "",
                "",
                target.inspectors(),
                LocalDate.now());
        return form(model, form, plan, target.enterpriseName(), null);
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> p, Model model, RedirectAttributes redirect) {
        SampleForm form = form(p);
        Plan plan = sampling.plan(form.planId() == null ? -1 : form.planId())
                .orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, form.planId()));
        try {
            Sample sample = sampling.createSample(form);
            redirect.addFlashAttribute("flashKey", "sampling.record.created");
            redirect.addFlashAttribute("flashArg", sample.sampleNo());
            return "redirect:/sampling/records/" + sample.id();
        } catch (BusinessRuleViolation e) {
            return form(model, form, plan, p.getFirst("enterpriseName"), refusals.text(e));
        }
    }

    @GetMapping("/{id}")
    String sample(@PathVariable long id, Model model) {
        Sample sample =
                sampling.sample(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.SAMPLE_NOT_FOUND, id));
        model.addAttribute("sample", sample);
        model.addAttribute("status", sampling.status(id));
        model.addAttribute("verdictLabel", verdictLabel(sample.verdict()));
        model.addAttribute("crumbs", Crumb.below("nav.records", "/sampling/records", sample.sampleNo()));
        return "sampling/record";
    }

    @PostMapping("/{id}/results")
    String results(@PathVariable long id, @RequestParam MultiValueMap<String, String> p, RedirectAttributes redirect) {
        Map<Long, String> measured = new HashMap<>();
        p.forEach((name, values) -> {
            if (name.startsWith("item_") && !values.isEmpty()) {
                measured.put(Long.valueOf(name.substring(5)), values.get(0));
            }
        });
        try {
            Sample sample = sampling.enterResults(
                    id,
                    new ResultsForm(
                            Integer.valueOf(p.getFirst("round")),
                            p.getFirst("reportNo"),
                            date(p.getFirst("reportDate")),
                            measured));
            redirect.addFlashAttribute("flashKey", "sampling.record.judged");
            redirect.addFlashAttribute("flashArg", verdictLabel(sample.verdict()));
        } catch (BusinessRuleViolation e) {
            refusals.flash(redirect, e);
        }
        return "redirect:/sampling/records/" + id;
    }

    private String form(Model model, SampleForm form, Plan plan, String enterpriseName, String error) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("enterpriseName", enterpriseName);
        model.addAttribute("placeTypes", PlaceType.values());
        model.addAttribute("error", error);
        model.addAttribute(
                "crumbs", List.of(Crumb.to("nav.records", "/sampling/records"), Crumb.hereAs("sampling.record.new")));
        return "sampling/record-form";
    }

    private static SampleForm form(MultiValueMap<String, String> p) {
        BigDecimal price;
        try {
            price = blank(p.getFirst("price"))
                    ? null
                    : new BigDecimal(p.getFirst("price").strip());
        } catch (NumberFormatException e) {
            price = new BigDecimal(-1);
        }
        return new SampleForm(
                number(p.getFirst("planId")),
                number(p.getFirst("drawId")),
                p.getFirst("sampleNo"),
                p.getFirst("enterpriseUscc"),
                p.getFirst("categoryCode"),
                p.getFirst("sampleName"),
                p.getFirst("brand"),
                p.getFirst("modelSpec"),
                p.getFirst("batchOrDate"),
                p.getFirst("quantity"),
                p.getFirst("reserveQuantity"),
                price,
                PlaceType.parse(p.getFirst("placeType")).orElse(null),
                p.getFirst("manufacturerName"),
                p.getFirst("manufacturerUscc"),
                p.getFirst("manufacturerRegion"),
                p.getOrDefault("inspectors", List.of()).stream()
                        .flatMap(s -> java.util.Arrays.stream(s.split("[,，、\\s]+")))
                        .filter(s -> !s.isBlank())
                        .toList(),
                date(p.getFirst("sampledOn")));
    }

    /** The verdict's name; the table allows only CONFORMING, NONCONFORMING, UNDECIDED and none yet (PENDING). */
    private String verdictLabel(String verdict) {
        return text.of("sampling.verdict." + (verdict == null ? "PENDING" : verdict));
    }

    private static String url(String path, SampleQuery q) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("planId", java.util.Optional.ofNullable(q.planId()))
                .queryParamIfPresent(
                        "verdict", java.util.Optional.ofNullable(q.verdict()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "region", java.util.Optional.ofNullable(q.region()).filter(v -> !v.isBlank()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q.q()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "category", java.util.Optional.ofNullable(q.category()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "enterprise",
                        java.util.Optional.ofNullable(q.enterprise()).filter(v -> !v.isBlank()))
                .queryParamIfPresent("year", java.util.Optional.ofNullable(q.year()))
                .encode()
                .toUriString();
    }

    private static Long number(String s) {
        try {
            return blank(s) ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String s) {
        try {
            return blank(s) ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
