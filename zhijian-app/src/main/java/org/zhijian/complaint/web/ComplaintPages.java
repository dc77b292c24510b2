package org.zhijian.complaint.web;

import org.springframework.beans.factory.annotation.Autowired;
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
import org.zhijian.platform.web.PageText;
import org.zhijian.records.endpoints.ClassifiedKindPages;
import org.zhijian.records.endpoints.KindPage;

@Controller
@RequestMapping("/complaints")
record ComplaintPages(ComplaintManagement records, KindPage<Complaint, ComplaintQuery> page)
        implements ClassifiedKindPages<Complaint, ComplaintQuery> {

    @Autowired
    ComplaintPages(ComplaintManagement complaints, PageText text) {
        this(
                complaints,
                KindPage.of(
                        complaints, text, Complaint.class, "/complaints", "nav.complaints", "complaint.exportColumns"));
    }

    @Override
    public void listModel(Model model) {
        model.addAttribute("statuses", ComplaintStatus.values());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "false") boolean personal, Model model) {
        Complaint c = personal ? records.withPersonalData(id) : records.get(id);
        model.addAttribute("complaint", c);
        model.addAttribute("personal", personal);
        model.addAttribute("crumbs", page.below(c.complaintNo()));
        return "complaints/detail";
    }

    @PostMapping("/{id}/transition")
    String transition(
            @PathVariable long id,
            @RequestParam String to,
            @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        try {
            records.transition(id, ComplaintStatus.parse(to).orElse(null), outcome);
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
