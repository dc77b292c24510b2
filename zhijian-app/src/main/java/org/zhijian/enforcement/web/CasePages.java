package org.zhijian.enforcement.web;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.platform.web.PageText;
import org.zhijian.records.endpoints.KindPage;
import org.zhijian.records.endpoints.KindPages;

@Controller
@RequestMapping("/cases")
record CasePages(EnforcementManagement cases, KindPage<EnforcementCase, CaseQuery> page)
        implements KindPages<EnforcementCase, CaseQuery> {

    @Autowired
    CasePages(EnforcementManagement cases, PageText text) {
        this(cases, KindPage.of(cases, text, EnforcementCase.class, "/cases", "nav.cases", "case.exportColumns"));
    }

    @Override
    public void listModel(Model model) {
        model.addAttribute("today", LocalDate.now());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        EnforcementCase c = cases.get(id);
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", page.below(c.caseNo()));
        return "cases/detail";
    }
}
