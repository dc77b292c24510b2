package org.zhijian.enterprise.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.enterprise.EnterpriseScale;
import org.zhijian.enterprise.EnterpriseStatus;
import org.zhijian.enterprise.InvalidEnterpriseException;
import org.zhijian.enterprise.internal.EnterpriseErrors;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** The registry's pages: list with filters, detail, create and edit (POST-redirect-GET). */
@Controller
@RequestMapping("/enterprises")
class EnterprisePages {

    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;
    private final ClassificationManagement classification;

    EnterprisePages(
            EnterpriseManagement enterprises, RegionManagement regions, ClassificationManagement classification) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.classification = classification;
    }

    /**
     * The form record is built through its constructor; blank licence rows are dropped there, so the binder must
     * not try to set {@code licences[i].…} on it afterwards.
     */
    @org.springframework.web.bind.annotation.InitBinder("form")
    void formBinder(org.springframework.web.bind.WebDataBinder binder) {
        binder.setIgnoreInvalidFields(true);
    }

    @GetMapping
    String list(
            @ModelAttribute("query") EnterpriseQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", enterprises.search(query, PageRequest.of(page, 20)));
        model.addAttribute(
                "baseUrl",
                UriComponentsBuilder.fromPath("/enterprises")
                        .queryParamIfPresent("q", present(query.q()))
                        .queryParamIfPresent("region", present(query.region()))
                        .queryParamIfPresent("industry", present(query.industry()))
                        .queryParamIfPresent("category", present(query.category()))
                        .queryParamIfPresent("status", present(query.status()))
                        .queryParamIfPresent("sort", present(query.sort()))
                        .encode()
                        .toUriString());
        addChoices(model);
        return "enterprises/list";
    }

    @GetMapping("/{uscc}")
    String detail(@PathVariable String uscc, Model model) {
        Enterprise enterprise =
                enterprises.find(uscc).orElseThrow(() -> new BusinessRuleViolation(EnterpriseErrors.NOT_FOUND, uscc));
        model.addAttribute("e", enterprise);
        model.addAttribute("crumbs", Crumb.below("nav.enterprises", "/enterprises", enterprise.name()));
        model.addAttribute("county", regions.findByCode(enterprise.countyCode()).orElse(null));
        model.addAttribute(
                "prefecture", regions.findByCode(enterprise.prefectureCode()).orElse(null));
        model.addAttribute(
                "industry",
                classification
                        .findIndustry(String.valueOf(enterprise.industryCode()))
                        .orElse(null));
        model.addAttribute(
                "categories",
                enterprise.categoryCodes().stream()
                        .map(c -> classification
                                .findCategory(c)
                                .map(pc -> pc.nameZh() + "（" + c + "）")
                                .orElse(c))
                        .toList());
        model.addAttribute("today", java.time.LocalDate.now());
        return "enterprises/detail";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", EnterpriseForm.empty());
        model.addAttribute("crumbs", Crumb.belowAs("nav.enterprises", "/enterprises", "enterprise.new"));
        return form(model, false);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Enterprise created = enterprises.create(form);
                redirect.addFlashAttribute("flashKey", "enterprise.created");
                redirect.addFlashAttribute("flashArg", created.name());
                return "redirect:/enterprises/" + created.uscc();
            } catch (InvalidEnterpriseException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
            } catch (BusinessRuleViolation e) {
                binding.rejectValue(
                        "uscc",
                        e.errorCode().code(),
                        e.arguments(),
                        e.errorCode().code());
            }
        }
        return form(model, false);
    }

    @GetMapping("/{uscc}/edit")
    String editForm(@PathVariable String uscc, Model model) {
        Enterprise enterprise =
                enterprises.find(uscc).orElseThrow(() -> new BusinessRuleViolation(EnterpriseErrors.NOT_FOUND, uscc));
        model.addAttribute("form", EnterpriseForm.of(enterprise));
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.to("nav.enterprises", "/enterprises"),
                        Crumb.of(enterprise.name(), "/enterprises/" + enterprise.uscc()),
                        Crumb.hereAs("enterprise.edit")));
        return form(model, true);
    }

    @PostMapping("/{uscc}/edit")
    String edit(
            @PathVariable String uscc,
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Enterprise saved = enterprises.update(uscc, form);
                redirect.addFlashAttribute("flashKey", "enterprise.updated");
                return "redirect:/enterprises/" + saved.uscc();
            } catch (InvalidEnterpriseException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
            }
        }
        return form(model, true);
    }

    private String form(Model model, boolean editing) {
        model.addAttribute("editing", editing);
        addChoices(model);
        return "enterprises/form";
    }

    private void addChoices(Model model) {
        model.addAttribute("prefectures", regions.find(RegionLevel.PREFECTURE, null));
        model.addAttribute("counties", regions.find(RegionLevel.COUNTY, null));
        model.addAttribute("industries", classification.industries());
        model.addAttribute("categoryChoices", classification.categories());
        model.addAttribute("scales", EnterpriseScale.labels());
        model.addAttribute("statuses", EnterpriseStatus.labels());
    }

    private static java.util.Optional<String> present(String s) {
        return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
    }
}
