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
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

@Controller
@RequestMapping("/cases")
class CasePages {

    private static final List<String> EXPORT_HEADER = List.of(
            "决定书文号", "当事人", "当事人信用代码", "县市区", "违法行为类型", "处罚依据", "违法事实", "罚款（元）", "没收", "责令停产停业", "吊销许可证件", "决定日期",
            "公示截止日期");

    private final EnforcementManagement cases;

    CasePages(EnforcementManagement cases) {
        this.cases = cases;
    }

    @GetMapping
    String list(CaseQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("result", cases.search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", QueryString.of("q", query.q(), "region", query.region()));
        model.addAttribute("crumbs", List.of(Crumb.here("行政处罚")));
        return "cases/list";
    }

    @GetMapping("/export")
    void export(CaseQuery query, HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, "行政处罚", EXPORT_HEADER, p -> cases.search(query, p), CasePages::exportRow);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        EnforcementCase c = cases.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", List.of(Crumb.of("行政处罚", "/cases"), Crumb.here(c.caseNo())));
        return "cases/detail";
    }

    /** One exported row, in {@link #EXPORT_HEADER} order. */
    private static Object[] exportRow(EnforcementCase c) {
        return new Object[] {
            c.caseNo(),
            c.partyName(),
            c.partyUscc(),
            c.countyName(),
            c.violationType(),
            c.legalBasis(),
            c.facts(),
            c.fineAmount(),
            c.confiscation(),
            c.suspension() ? "是" : "否",
            c.revocation() ? "是" : "否",
            c.decidedOn(),
            c.publicityUntil()
        };
    }
}
