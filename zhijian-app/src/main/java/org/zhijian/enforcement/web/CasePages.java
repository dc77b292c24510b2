package org.zhijian.enforcement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

@Controller
@RequestMapping("/cases")
class CasePages {

    private final EnforcementManagement cases;
    private final PageText text;

    CasePages(EnforcementManagement cases, PageText text) {
        this.cases = cases;
        this.text = text;
    }

    @GetMapping
    String list(CaseQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("result", cases.search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", QueryString.of(query));
        model.addAttribute("crumbs", List.of(Crumb.here(text.of("nav.cases"))));
        return "cases/list";
    }

    @GetMapping("/export")
    void export(CaseQuery query, HttpServletResponse response) throws IOException {
        var columns = text.columns(EnforcementCase.class, "case.exportColumns");
        XlsxDownload.send(response, text.of("nav.cases"), columns, p -> cases.search(query, p));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        EnforcementCase c = cases.get(id);
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", List.of(Crumb.of(text.of("nav.cases"), "/cases"), Crumb.here(c.caseNo())));
        return "cases/detail";
    }
}
