package org.zhijian.classification.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.KeywordDictionary;
import org.zhijian.classification.KeywordEntry;
import org.zhijian.classification.NewKeyword;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.web.Crumb;

/**
 * The keyword dictionaries officers extend: the terms of each category or hazard type, a form to add one, removal,
 * and a trial box that shows how a description is segmented and scored.
 */
@Controller
@RequestMapping("/classification/keywords")
class KeywordPages {

    private final DescriptionClassification descriptions;

    KeywordPages(DescriptionClassification descriptions) {
        this.descriptions = descriptions;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "CATEGORY") String dictionary,
            @RequestParam(required = false) String label,
            Model model) {
        KeywordDictionary d = KeywordDictionary.parse(dictionary).orElse(KeywordDictionary.CATEGORY);
        List<KeywordEntry> all = descriptions.keywords(d, null);
        Map<String, Long> counts =
                all.stream().collect(Collectors.groupingBy(KeywordEntry::label, TreeMap::new, Collectors.counting()));
        model.addAttribute("dictionary", d);
        model.addAttribute("dictionaries", KeywordDictionary.values());
        model.addAttribute("label", label == null ? "" : label);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "entries",
                label == null || label.isBlank()
                        ? all
                        : all.stream().filter(e -> e.label().equals(label)).toList());
        model.addAttribute("crumbs", Crumb.belowAs("nav.categories", "/categories", "nav.keywords"));
        return "classification/keywords";
    }

    @PostMapping
    String add(
            @RequestParam String dictionary,
            @RequestParam String label,
            @RequestParam String term,
            @RequestParam(required = false) Double weight,
            RedirectAttributes redirect) {
        KeywordDictionary d = KeywordDictionary.parse(dictionary).orElse(KeywordDictionary.CATEGORY);
        try {
            KeywordEntry added = descriptions.addKeyword(new NewKeyword(d, label, term, weight));
            redirect.addFlashAttribute("flashKey", "keyword.added");
            redirect.addFlashAttribute("flashArg", added.term());
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", e.errorCode().code());
            redirect.addFlashAttribute("flashArg", term);
        }
        return back(d, label);
    }

    @PostMapping("/{id}/removal")
    String remove(
            @PathVariable long id,
            @RequestParam String dictionary,
            @RequestParam(required = false) String label,
            RedirectAttributes redirect) {
        try {
            descriptions.removeKeyword(id);
            redirect.addFlashAttribute("flashKey", "keyword.removed");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", e.errorCode().code());
            redirect.addFlashAttribute("flashArg", id);
        }
        return back(KeywordDictionary.parse(dictionary).orElse(KeywordDictionary.CATEGORY), label);
    }

    /** The htmx trial: the words and rankings for a description, as a fragment. */
    @PostMapping("/trial")
    String trial(
            @RequestParam(required = false) String product,
            @RequestParam(required = false) String description,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("explanation", descriptions.explain(product, description));
        return htmx == null ? list("CATEGORY", null, model) : "classification/keywords :: trial";
    }

    private static String back(KeywordDictionary d, String label) {
        return "redirect:"
                + UriComponentsBuilder.fromPath("/classification/keywords")
                        .queryParam("dictionary", d.name())
                        .queryParam("label", label == null ? "" : label)
                        .encode()
                        .toUriString();
    }
}
