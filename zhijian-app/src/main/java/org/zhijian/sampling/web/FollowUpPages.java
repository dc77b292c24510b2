package org.zhijian.sampling.web;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.sampling.SamplingManagement;

/** Notification, re-test requests, rectification follow-up, publication of a plan and the overdue list. */
@Controller
class FollowUpPages {

    private final SamplingManagement sampling;
    private final Refusals refusals;

    FollowUpPages(SamplingManagement sampling, Refusals refusals) {
        this.sampling = sampling;
        this.refusals = refusals;
    }

    @PostMapping("/sampling/records/{id}/notification")
    String notifyEnterprise(
            @PathVariable long id, @RequestParam(required = false) String notifiedOn, RedirectAttributes redirect) {
        return act(id, redirect, "sampling.followup.notified", () -> sampling.notifyEnterprise(id, date(notifiedOn)));
    }

    @PostMapping("/sampling/records/{id}/objection")
    String fileObjection(
            @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "sampling.followup.objectionFiled", () -> sampling.fileObjection(id, reason));
    }

    @PostMapping("/sampling/records/{id}/objection/decision")
    String decide(
            @PathVariable long id,
            @RequestParam boolean accept,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                accept ? "sampling.followup.accepted" : "sampling.followup.rejected",
                () -> sampling.decideObjection(id, accept, note));
    }

    @PostMapping("/sampling/records/{id}/follow-up")
    String followUp(
            @PathVariable long id,
            @RequestParam(required = false) String rectifiedOn,
            @RequestParam(required = false) String recheckedOn,
            @RequestParam(required = false) String recheckPassed,
            RedirectAttributes redirect) {
        Boolean passed = recheckPassed == null || recheckPassed.isBlank() ? null : Boolean.valueOf(recheckPassed);
        return act(
                id,
                redirect,
                "sampling.followup.recorded",
                () -> sampling.recordFollowUp(id, date(rectifiedOn), date(recheckedOn), passed));
    }

    @PostMapping("/sampling/plans/{id}/notification")
    String notifyPlan(
            @PathVariable long id, @RequestParam(required = false) String notifiedOn, RedirectAttributes redirect) {
        try {
            int n = sampling.notifyReported(id, date(notifiedOn));
            redirect.addFlashAttribute("flashKey", "sampling.plan.notifiedCount");
            redirect.addFlashAttribute("flashArg", n);
        } catch (BusinessRuleViolation e) {
            refusals.flash(redirect, e);
        }
        return "redirect:/sampling/plans/" + id;
    }

    @PostMapping("/sampling/plans/{id}/publication")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        int n = sampling.publish(id);
        redirect.addFlashAttribute("flashKey", "sampling.followup.publishedCount");
        redirect.addFlashAttribute("flashArg", n);
        return "redirect:/sampling/plans/" + id;
    }

    @GetMapping("/sampling/overdue")
    String overdue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", sampling.overdue(PageRequest.of(page, 100)));
        model.addAttribute("crumbs", Crumb.belowAs("nav.records", "/sampling/records", "nav.overdue"));
        return "sampling/overdue";
    }

    private String act(long id, RedirectAttributes redirect, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flashKey", done);
            redirect.addFlashAttribute("flashArg", "");
        } catch (BusinessRuleViolation e) {
            refusals.flash(redirect, e);
        }
        return "redirect:/sampling/records/" + id;
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
