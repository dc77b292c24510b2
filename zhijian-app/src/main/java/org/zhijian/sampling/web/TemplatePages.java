package org.zhijian.sampling.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.web.Crumb;
import org.zhijian.sampling.ItemSpec;
import org.zhijian.sampling.SamplingManagement;

/** Inspection item templates per product category, copied into new plans. */
@Controller
@RequestMapping("/sampling/item-templates")
class TemplatePages {

    private static final List<String> KINDS = List.of("MAX", "MIN", "RANGE", "EQUALS", "QUALITATIVE");

    private final SamplingManagement sampling;
    private final ClassificationManagement classification;
    private final Refusals refusals;

    TemplatePages(SamplingManagement sampling, ClassificationManagement classification, Refusals refusals) {
        this.sampling = sampling;
        this.classification = classification;
        this.refusals = refusals;
    }

    @GetMapping
    String list(@RequestParam(required = false) String category, Model model) {
        return page(model, category, new ItemSpec(category, "", "", "", "MAX", null, null, "", "B"), null);
    }

    @PostMapping
    String add(
            @RequestParam String categoryCode,
            @RequestParam String name,
            @RequestParam String standard,
            @RequestParam(required = false) String unit,
            @RequestParam String requirementKind,
            @RequestParam(required = false) String lower,
            @RequestParam(required = false) String upper,
            @RequestParam(required = false) String requiredText,
            @RequestParam String itemClass,
            Model model,
            RedirectAttributes redirect) {
        ItemSpec spec;
        try {
            spec = new ItemSpec(
                    categoryCode,
                    name.strip(),
                    standard.strip(),
                    unit,
                    requirementKind,
                    number(lower),
                    number(upper),
                    requiredText,
                    itemClass);
        } catch (NumberFormatException e) {
            ItemSpec shown = new ItemSpec(
                    categoryCode, name, standard, unit, requirementKind, null, null, requiredText, itemClass);
            return page(model, categoryCode, shown, "上限和下限应为数字");
        }
        try {
            sampling.addTemplate(spec);
            redirect.addFlashAttribute("flashKey", "sampling.templates.added");
            redirect.addFlashAttribute("flashArg", spec.name());
            return "redirect:/sampling/item-templates?category=" + categoryCode;
        } catch (BusinessRuleViolation e) {
            return page(model, categoryCode, spec, refusals.text(e));
        }
    }

    private String page(Model model, String category, ItemSpec form, String error) {
        model.addAttribute("category", category);
        model.addAttribute("templates", sampling.templates(category));
        model.addAttribute("categories", classification.categories());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute(
                "crumbs", Crumb.belowAs("sampling.plans.title", "/sampling/plans", "sampling.templates.title"));
        return "sampling/templates";
    }

    private static BigDecimal number(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }
}
