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
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;
import org.zhijian.records.endpoints.ClassifiedKindPages;

@Controller
@RequestMapping("/complaints")
class ComplaintPages implements ClassifiedKindPages<Complaint> {

    private final ComplaintManagement complaints;
    private final PageText text;

    ComplaintPages(ComplaintManagement complaints, PageText text) {
        this.complaints = complaints;
        this.text = text;
    }

    @Override
    public ComplaintManagement records() {
        return complaints;
    }

    @Override
    public String listPage() {
        return "/complaints";
    }

    @GetMapping
    String list(ComplaintQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("result", complaints.search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", QueryString.of(query));
        model.addAttribute("crumbs", List.of(Crumb.here(text.of("nav.complaints"))));
        return "complaints/list";
    }

    @GetMapping("/export")
    void export(ComplaintQuery query, HttpServletResponse response) throws IOException {
        var columns = text.columns(Complaint.class, "complaint.exportColumns");
        XlsxDownload.send(response, text.of("nav.complaints"), columns, p -> complaints.search(query, p));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "false") boolean personal, Model model) {
        Complaint c = personal ? complaints.withPersonalData(id) : complaints.get(id);
        model.addAttribute("complaint", c);
        model.addAttribute("personal", personal);
        model.addAttribute(
                "crumbs", List.of(Crumb.of(text.of("nav.complaints"), listPage()), Crumb.here(c.complaintNo())));
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
}
