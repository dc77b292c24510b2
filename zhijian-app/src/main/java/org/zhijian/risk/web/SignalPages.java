package org.zhijian.risk.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;
import org.zhijian.platform.web.QueryString;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.SignalQuery;
import org.zhijian.risk.SignalSeries;
import org.zhijian.risk.Warning;
import org.zhijian.risk.Warnings;

/**
 * Detection signals within the reader's area (filter by week, source, region; open ones only), the runs, and a
 * signal's page: the weekly series with the method's threshold band, the records behind the count, and its warning.
 */
@Controller
@RequestMapping("/risk/signals")
class SignalPages {

    private final RiskMonitoring monitoring;
    private final Warnings warnings;
    private final CurrentActor currentActor;

    SignalPages(RiskMonitoring monitoring, Warnings warnings, CurrentActor currentActor) {
        this.monitoring = monitoring;
        this.warnings = warnings;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Integer page,
            Model model) {
        SignalQuery q = new SignalQuery(week, source, region, null, open);
        model.addAttribute("query", q);
        model.addAttribute("result", monitoring.signals(q, PageRequest.of(page, 50)));
        model.addAttribute("sources", monitoring.sources());
        model.addAttribute("runs", monitoring.runs().stream().limit(8).toList());
        model.addAttribute(
                "baseUrl",
                "/risk/signals?" + QueryString.of("week", week, "source", source, "region", region, "open", open));
        model.addAttribute("crumbs", Crumb.belowAs("nav.warnings", "/risk/warnings", "risk.signals.title"));
        return "risk/signals";
    }

    @PostMapping("/run")
    String run(@RequestParam String week, RedirectAttributes redirect) {
        currentActor.get().checkWritesProvince();
        var r = Flash.run(redirect, "risk.ran", week, () -> monitoring.run(week));
        return "redirect:/risk/signals?" + QueryString.of("week", r == null ? "" : r.week());
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        SignalSeries s =
                monitoring.signalSeries(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("signal", s.signal());
        model.addAttribute("series", s.series());
        var points = s.series().points();
        model.addAttribute(
                "chart",
                s.outcome() == null
                        ? DetectionChart.counts(s.series(), 104)
                        : DetectionChart.of(
                                s.outcome(), week -> points.get(week - 1).label()));
        model.addAttribute("records", monitoring.records(id, 200));
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.to("nav.warnings", "/risk/warnings"),
                        Crumb.to("risk.signals.title", "/risk/signals"),
                        Crumb.hereAs("risk.signal.crumb", id)));
        return "risk/signal";
    }

    @PostMapping("/{id}/warning")
    String raise(@PathVariable long id, RedirectAttributes redirect) {
        Warning w = Flash.run(redirect, "risk.raised", "", () -> warnings.raiseFromSignal(id));
        return w == null ? "redirect:/risk/signals/" + id : "redirect:/risk/warnings/" + w.id();
    }
}
