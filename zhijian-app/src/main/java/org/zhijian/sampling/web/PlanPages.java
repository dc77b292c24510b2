package org.zhijian.sampling.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.platform.web.Crumb;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanLevel;
import org.zhijian.sampling.SamplingManagement;
import org.zhijian.sampling.internal.SamplingErrors;

/** Plan list, the new-plan form (targets per sub-region, reloaded by htmx when the organiser changes) and a plan. */
@Controller
@RequestMapping("/sampling/plans")
class PlanPages {

    private final SamplingManagement sampling;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final CurrentActor currentActor;

    PlanPages(
            SamplingManagement sampling,
            RegionManagement regions,
            ClassificationManagement classification,
            CurrentActor currentActor) {
        this.sampling = sampling;
        this.regions = regions;
        this.classification = classification;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", sampling.plans(PageRequest.of(page, 50)));
        model.addAttribute("crumbs", List.of(Crumb.hereAs("sampling.plans.title")));
        return "sampling/plans";
    }

    @GetMapping("/new")
    String newPlan(Model model) {
        Region organizer = defaultOrganizer();
        return form(
                model,
                new PlanForm(
                        java.time.Year.now().getValue(),
                        "",
                        "",
                        level(organizer),
                        organizer.code(),
                        "",
                        List.of(),
                        Map.of()),
                null);
    }

    /** The target rows for an organiser (htmx fragment). */
    @GetMapping("/targets")
    String targets(@RequestParam String organizerRegion, Model model) {
        model.addAttribute("targetRegions", targetRegions(organizerRegion));
        model.addAttribute("targets", Map.of());
        return "sampling/plan-form :: targets";
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        PlanForm form = form(params);
        try {
            Plan plan = sampling.createPlan(form);
            redirect.addFlashAttribute("flashKey", "sampling.plan.created");
            redirect.addFlashAttribute("flashArg", plan.title());
            return "redirect:/sampling/plans/" + plan.id();
        } catch (BusinessRuleViolation e) {
            if (e.errorCode().httpStatus() == 403) {
                throw e;
            }
            return form(model, form, e);
        }
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, Model model) {
        Plan plan = sampling.plan(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, id));
        List<Draw> draws = sampling.draws(id, PageRequest.of(1, 500)).items();
        model.addAttribute("plan", plan);
        model.addAttribute("draws", draws);
        model.addAttribute(
                "categoryNames",
                plan.categories().stream()
                        .map(c -> classification
                                .findCategory(c)
                                .map(x -> x.nameZh() + "（" + c + "）")
                                .orElse(c))
                        .toList());
        model.addAttribute("mayWrite", currentActor.get().writeScope().kind() != Scope.Kind.NONE);
        model.addAttribute("crumbs", Crumb.below("sampling.plans.title", "/sampling/plans", plan.title()));
        return "sampling/plan";
    }

    private String form(Model model, PlanForm form, BusinessRuleViolation error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("levels", PlanLevel.values());
        model.addAttribute("organizers", organizers());
        model.addAttribute("categories", classification.categories());
        model.addAttribute("targetRegions", targetRegions(form.organizerRegion()));
        model.addAttribute("targets", form.targets());
        model.addAttribute("crumbs", Crumb.belowAs("sampling.plans.title", "/sampling/plans", "sampling.plan.new"));
        return "sampling/plan-form";
    }

    private static PlanForm form(MultiValueMap<String, String> p) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        p.forEach((name, values) -> {
            if (name.startsWith("target_")
                    && !values.isEmpty()
                    && !values.get(0).isBlank()) {
                try {
                    targets.put(name.substring(7), Integer.valueOf(values.get(0).strip()));
                } catch (NumberFormatException e) {
                    targets.put(name.substring(7), -1);
                }
            }
        });
        Integer year;
        try {
            year = Integer.valueOf(p.getFirst("year").strip());
        } catch (RuntimeException e) {
            year = null;
        }
        String level = p.getFirst("level");
        return new PlanForm(
                year,
                p.getFirst("batch"),
                p.getFirst("title"),
                level == null || level.isBlank() ? null : PlanLevel.valueOf(level),
                p.getFirst("organizerRegion"),
                p.getFirst("institution"),
                p.getOrDefault("categories", List.of()),
                targets,
                p.getFirst("classRatios"));
    }

    /** The regions an officer may organise for: the province and below for the province, else their own region. */
    private List<Region> organizers() {
        Scope scope = currentActor.get().writeScope();
        return switch (scope.kind()) {
            case ALL -> regions.all();
            case PREFECTURE ->
                regions.all().stream()
                        .filter(r ->
                                r.code().equals(scope.code()) || scope.code().equals(r.parent()))
                        .toList();
            case COUNTY -> regions.findByCode(scope.code()).stream().toList();
            default -> List.of();
        };
    }

    private Region defaultOrganizer() {
        List<Region> options = organizers();
        return options.isEmpty() ? regions.find(RegionLevel.PROVINCE, null).get(0) : options.get(0);
    }

    private List<Region> targetRegions(String organizerCode) {
        Region organizer =
                organizerCode == null ? null : regions.findByCode(organizerCode).orElse(null);
        if (organizer == null) {
            return List.of();
        }
        return switch (organizer.level()) {
            case PROVINCE -> regions.find(RegionLevel.PREFECTURE, organizer.code());
            case PREFECTURE -> regions.find(RegionLevel.COUNTY, organizer.code());
            case COUNTY -> new ArrayList<>(List.of(organizer));
        };
    }

    private static PlanLevel level(Region organizer) {
        return switch (organizer.level()) {
            case PROVINCE -> PlanLevel.PROVINCE;
            case PREFECTURE -> PlanLevel.PREFECTURE;
            case COUNTY -> PlanLevel.COUNTY;
        };
    }
}
