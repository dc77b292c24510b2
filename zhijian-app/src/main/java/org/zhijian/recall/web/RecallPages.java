package org.zhijian.recall.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;
import org.zhijian.recall.Recall;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;
import org.zhijian.recall.RecallSource;

@Controller
@RequestMapping("/recalls")
class RecallPages {

    private final RecallManagement recalls;
    private final PageText text;

    RecallPages(RecallManagement recalls, PageText text) {
        this.recalls = recalls;
        this.text = text;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) Integer page,
            Model model) {
        RecallQuery query = new RecallQuery(source, country, q, link);
        model.addAttribute("query", query);
        model.addAttribute("sources", RecallSource.values());
        model.addAttribute("result", recalls.search(query, PageRequest.of(page, 50)));
        model.addAttribute(
                "baseUrl", "/recalls?" + QueryString.of("source", source, "country", country, "q", q, "link", link));
        model.addAttribute("crumbs", List.of(Crumb.hereAs("nav.recalls")));
        return "recalls/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String link,
            HttpServletResponse response)
            throws IOException {
        RecallQuery query = new RecallQuery(source, country, q, link);
        var columns = text.columns(Recall.class, "recall.exportColumns");
        XlsxDownload.send(response, text.of("nav.recalls"), columns, p -> recalls.search(query, p));
    }

    @GetMapping("/watch")
    String watch(
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("result", recalls.watchMatches(status, PageRequest.of(page, 100)));
        model.addAttribute("baseUrl", "/recalls/watch?" + QueryString.of("status", status));
        model.addAttribute("crumbs", below(text.of("recall.watch.title")));
        return "recalls/watch";
    }

    @org.springframework.web.bind.annotation.PostMapping("/watch/{recallId}/{uscc}")
    String decide(
            @PathVariable long recallId,
            @PathVariable String uscc,
            @RequestParam String status,
            @RequestParam(required = false) String from) {
        recalls.decideWatch(recallId, uscc, status);
        return "redirect:/recalls/watch?" + QueryString.of("status", from);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Recall recall = recalls.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("recall", recall);
        model.addAttribute("fields", fields(recall));
        model.addAttribute("candidates", recall.source() == RecallSource.DOMESTIC ? recalls.candidates(id) : List.of());
        model.addAttribute("crumbs", below(recall.reference()));
        return "recalls/detail";
    }

    @org.springframework.web.bind.annotation.PostMapping("/{id}/link")
    String link(
            @PathVariable long id,
            @RequestParam String uscc,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            recalls.link(id, uscc);
            redirect.addFlashAttribute("flashKey", "recall.linked");
            redirect.addFlashAttribute("flashArg", uscc);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", "recall.linkFailed");
            redirect.addFlashAttribute("flashArg", uscc);
        }
        return "redirect:/recalls/" + id;
    }

    /** The detail page's rows: message key and value, blank values left out. */
    static List<Map.Entry<String, String>> fields(Recall r) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        Object[][] all = {
            {"productCategory", r.productCategory()},
            {"brand", r.brand()},
            {"model", r.model()},
            {"gtin", r.gtin()},
            {"batch", r.batch()},
            {"quantity", r.quantity()},
            {"recallType", r.recallType()},
            {"riskClass", r.riskClass()},
            {"status", r.status()},
            {"recalledOn", r.recalledOn()},
            {"hazard", r.hazard()},
            {"hazardCategory", r.hazardCategory()},
            {"originCountry", r.originCountry()},
            {"manufacturer", r.manufacturer()},
            {"manufacturerUscc", r.manufacturerUscc()},
            {"recallingFirm", r.recallingFirm()},
            {"notifyingCountry", r.notifyingCountry()},
            {"measures", r.measures()},
            {"distribution", r.distribution()},
            {"countyCode", r.countyCode()},
            {"description", r.description()}
        };
        for (Object[] f : all) {
            if (f[1] != null && !f[1].toString().isBlank()) {
                rows.add(Map.entry("recall." + f[0], f[1].toString()));
            }
        }
        return rows;
    }

    private List<Crumb> below(String here) {
        return Crumb.below("nav.recalls", "/recalls", here);
    }
}
