package org.zhijian.classification.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.classification.CategoryKind;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.NewProductCategory;
import org.zhijian.platform.BusinessRuleViolation;

/** The product category tree and the form officers use to add a category. */
@Controller
@RequestMapping("/categories")
class CategoryPages {

    private final ClassificationManagement classification;

    CategoryPages(ClassificationManagement classification) {
        this.classification = classification;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new NewProductCategory("", "", "", "", null));
        return page(model);
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("form") NewProductCategory form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                classification.addCategory(form, "officer");
                redirect.addFlashAttribute("flashKey", "category.added");
                redirect.addFlashAttribute("flashArg", form.code());
                return "redirect:/categories";
            } catch (BusinessRuleViolation e) {
                String field = e.errorCode().code().equals("CLASSIFICATION_002") ? "parent" : "code";
                binding.rejectValue(
                        field,
                        e.errorCode().code(),
                        e.arguments(),
                        e.errorCode().code());
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute(
                "categories",
                classification.categories().stream().map(CategoryView::of).toList());
        model.addAttribute("kinds", CategoryKind.values());
        return "categories/list";
    }
}
