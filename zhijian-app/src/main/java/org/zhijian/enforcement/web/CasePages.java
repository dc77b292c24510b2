package org.zhijian.enforcement.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;

@Controller
@RequestMapping("/cases")
class CasePages {

    private final EnforcementManagement cases;

    CasePages(EnforcementManagement cases) {
        this.cases = cases;
    }

    @GetMapping
    String list(CaseQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("result", cases.search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", "q=" + enc(query.q()) + "&region=" + enc(query.region()));
        model.addAttribute("crumbs", List.of(Crumb.here("行政处罚")));
        return "cases/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        EnforcementCase c = cases.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", List.of(Crumb.of("行政处罚", "/cases"), Crumb.here(c.caseNo())));
        return "cases/detail";
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
