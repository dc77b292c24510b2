package org.zhijian.complaint.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

@Controller
@RequestMapping("/complaints")
class ComplaintPages {

    private static final List<String> EXPORT_HEADER = List.of(
            "工单编号",
            "渠道",
            "登记时间",
            "投诉人",
            "联系电话",
            "被投诉方",
            "被投诉企业信用代码",
            "县市区",
            "产品或服务",
            "产品类别",
            "危害类型",
            "问题类型",
            "投诉内容",
            "涉及金额",
            "状态",
            "办结时间",
            "办理结果");

    private final ComplaintManagement complaints;

    ComplaintPages(ComplaintManagement complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    String list(ComplaintQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("result", complaints.search(query, PageRequest.of(page, 50)));
        model.addAttribute(
                "filter",
                QueryString.of(
                        "q",
                        query.q(),
                        "status",
                        query.status(),
                        "channel",
                        query.channel(),
                        "region",
                        query.region(),
                        "enterprise",
                        query.enterprise(),
                        "category",
                        query.category(),
                        "hazard",
                        query.hazard()));
        model.addAttribute("crumbs", List.of(Crumb.here("投诉举报")));
        return "complaints/list";
    }

    @GetMapping("/export")
    void export(ComplaintQuery query, HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, "投诉举报", EXPORT_HEADER, p -> complaints.search(query, p), ComplaintPages::exportRow);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "false") boolean personal, Model model) {
        Complaint c = personal
                ? complaints.withPersonalData(id)
                : complaints.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("complaint", c);
        model.addAttribute("personal", personal);
        model.addAttribute("crumbs", List.of(Crumb.of("投诉举报", "/complaints"), Crumb.here(c.complaintNo())));
        return "complaints/detail";
    }

    @PostMapping("/{id}/transition")
    String transition(
            @PathVariable long id,
            @RequestParam String to,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        try {
            complaints.transition(id, ComplaintStatus.parse(to).orElse(null), outcome);
            redirect.addFlashAttribute("flashKey", "complaint.moved");
            redirect.addFlashAttribute(
                    "flashArg",
                    ComplaintStatus.parse(to).map(ComplaintStatus::label).orElse(to));
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", "complaint.notMoved");
            redirect.addFlashAttribute("flashArg", to);
        }
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/{id}/classification")
    String classify(
            @PathVariable long id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String hazard,
            RedirectAttributes redirect) {
        Flash.outcome(
                redirect, "classified.saved", "classified.notSaved", () -> complaints.classify(id, category, hazard));
        return "redirect:/complaints/" + id;
    }

    /** One exported row, in {@link #EXPORT_HEADER} order. */
    private static Object[] exportRow(Complaint c) {
        return new Object[] {
            c.complaintNo(),
            c.channel(),
            c.receivedAt(),
            c.complainantName(),
            c.complainantPhone(),
            c.respondentName(),
            c.enterpriseUscc(),
            c.countyName(),
            c.product(),
            c.categoryCode(),
            c.hazardCode(),
            c.problemType(),
            c.description(),
            c.amount(),
            c.statusLabel(),
            c.closedAt(),
            c.outcome()
        };
    }
}
