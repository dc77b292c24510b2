package org.zhijian.risk.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.audit.AuditQuery;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;
import org.zhijian.platform.web.QueryString;
import org.zhijian.region.RegionManagement;
import org.zhijian.risk.MeasureKind;
import org.zhijian.risk.NewMeasure;
import org.zhijian.risk.NewWarning;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.ScenarioInput;
import org.zhijian.risk.Warning;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.WarningStatus;
import org.zhijian.risk.Warnings;

/**
 * The warning queue (mine: what my level must act on now; all in my area; overdue), a warning's page with its
 * signals, assessment, measures, replies and history, and the form for a warning entered by hand.
 */
@Controller
@RequestMapping("/risk/warnings")
class WarningPages {

    private final Warnings warnings;
    private final RiskMonitoring monitoring;
    private final RegionManagement regions;
    private final AuditTrail audit;

    WarningPages(Warnings warnings, RiskMonitoring monitoring, RegionManagement regions, AuditTrail audit) {
        this.warnings = warnings;
        this.monitoring = monitoring;
        this.regions = regions;
        this.audit = audit;
    }

    @GetMapping
    String queue(
            @RequestParam(required = false) String queue,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page,
            Model model) {
        WarningQuery q = new WarningQuery(queue == null ? "mine" : queue, status, level, region, source, overdue);
        var result = warnings.search(q, PageRequest.of(page, 50));
        boolean mineEmpty = queue == null && result.total() == 0;
        if (mineEmpty) { // nothing to act on now: open on everything still open within the officer's area
            q = new WarningQuery(
                    "all", status == null || status.isBlank() ? "OPEN" : status, level, region, source, overdue);
            result = warnings.search(q, PageRequest.of(page, 50));
            queue = "all";
        }
        model.addAttribute("mineEmpty", mineEmpty);
        model.addAttribute("query", q);
        model.addAttribute("result", result);
        model.addAttribute("awaiting", warnings.awaitingReply());
        model.addAttribute("statuses", WarningStatus.values());
        model.addAttribute("sources", monitoring.sources());
        model.addAttribute(
                "baseUrl",
                "/risk/warnings?"
                        + QueryString.of(
                                "queue", queue, "status", status, "level", level, "region", region, "source", source,
                                "overdue", overdue));
        model.addAttribute("crumbs", List.of(Crumb.hereAs("nav.warnings")));
        return "risk/warnings";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("crumbs", Crumb.belowAs("nav.warnings", "/risk/warnings", "risk.new"));
        return "risk/warning-form";
    }

    @PostMapping
    String raise(@ModelAttribute NewWarning form, RedirectAttributes redirect) {
        Warning w = Flash.run(redirect, "risk.raised", form.title(), () -> warnings.raise(form));
        return w == null ? "redirect:/risk/warnings/new" : "redirect:/risk/warnings/" + w.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Warning w = warnings.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("warning", w);
        model.addAttribute("signals", warnings.signals(id));
        model.addAttribute("measures", warnings.measures(id));
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("scenarios", org.zhijian.risk.Assessment.parse(w.assessment()));
        model.addAttribute("matrix", warnings.matrix());
        model.addAttribute("regions", regions.all());
        model.addAttribute(
                "history",
                audit
                        .search(new AuditQuery(null, null, Long.toString(id), null, null), PageRequest.of(1, 200))
                        .items()
                        .stream()
                        .filter(e -> "risk_warning".equals(e.objectType()))
                        .toList());
        model.addAttribute("crumbs", Crumb.below("nav.warnings", "/risk/warnings", w.warningNo()));
        return "risk/warning";
    }

    @PostMapping("/{id}/assess")
    String assess(@PathVariable long id, ScenarioForm form, RedirectAttributes redirect) {
        Flash.run(redirect, "risk.assessed", "", () -> warnings.assess(id, form.inputs()));
        return "redirect:/risk/warnings/" + id;
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Flash.run(redirect, "risk.closed", "", () -> warnings.dismiss(id, reason));
        return "redirect:/risk/warnings/" + id;
    }

    @PostMapping("/{id}/measures")
    String measure(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String detail,
            @RequestParam(required = false) String targetRegion,
            @RequestParam(required = false) String enterpriseUscc,
            @RequestParam(required = false) String institution,
            @RequestParam(required = false) Integer samples,
            @RequestParam(required = false) String categoryCode,
            RedirectAttributes redirect) {
        MeasureKind k = kind == null || kind.isBlank() ? null : MeasureKind.valueOf(kind);
        NewMeasure m =
                new NewMeasure(k, title, detail, targetRegion, enterpriseUscc, institution, samples, categoryCode);
        Flash.run(redirect, "risk.measureAdded", k == null ? "" : k.label(), () -> warnings.addMeasure(id, m));
        return "redirect:/risk/warnings/" + id;
    }

    @PostMapping("/measures/{measure}/reply")
    String reply(
            @PathVariable long measure,
            @RequestParam(defaultValue = "") String reply,
            @RequestParam long warning,
            RedirectAttributes redirect) {
        Flash.run(redirect, "risk.replied", "", () -> warnings.reply(measure, reply));
        return "redirect:/risk/warnings/" + warning;
    }

    @PostMapping("/measures/{measure}/publish")
    String publish(@PathVariable long measure, @RequestParam long warning, RedirectAttributes redirect) {
        Flash.run(redirect, "risk.published", "", () -> warnings.publish(measure));
        return "redirect:/risk/warnings/" + warning;
    }

    @PostMapping("/{id}/close")
    String close(
            @PathVariable long id, @RequestParam(defaultValue = "") String conclusion, RedirectAttributes redirect) {
        Flash.run(redirect, "risk.closed", "", () -> warnings.close(id, conclusion));
        return "redirect:/risk/warnings/" + id;
    }

    /** Up to three scenarios from the assessment form. */
    record ScenarioForm(
            String d1,
            Integer s1,
            Boolean v1,
            String p1,
            String d2,
            Integer s2,
            Boolean v2,
            String p2,
            String d3,
            Integer s3,
            Boolean v3,
            String p3) {

        List<ScenarioInput> inputs() {
            return List.of(
                    new ScenarioInput(d1, s1, Boolean.TRUE.equals(v1), p1),
                    new ScenarioInput(d2, s2, Boolean.TRUE.equals(v2), p2),
                    new ScenarioInput(d3, s3, Boolean.TRUE.equals(v3), p3));
        }
    }
}
