package org.zhijian.indicator.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.indicator.ReportingRound;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;

/** The reporting rounds: open one (province), and each prefecture's submission with its steps and actions. */
@Controller
@RequestMapping("/indicators/rounds")
class RoundPages {

    private final Rounds rounds;

    RoundPages(Rounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.rounds(null));
        model.addAttribute("thisYear", LocalDate.now().getYear());
        model.addAttribute("crumbs", Crumb.belowAs("nav.indicators", "/indicators", "indicator.rounds"));
        return "indicators/rounds";
    }

    @GetMapping("/{id}")
    String round(@PathVariable long id, Model model) {
        ReportingRound r = rounds.round(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("round", r);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.to("nav.indicators", "/indicators"),
                        Crumb.to("indicator.rounds", "/indicators/rounds"),
                        Crumb.hereAs("indicator.round.year", r.year())));
        return "indicators/round";
    }

    @PostMapping
    String open(
            @RequestParam int year,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
            RedirectAttributes redirect) {
        ReportingRound r = act(redirect, () -> rounds.open("HN-14", year, opensOn, closesOn));
        return r == null ? "redirect:/indicators/rounds" : "redirect:/indicators/rounds/" + r.id();
    }

    @PostMapping("/{id}/{code}/{step}")
    String step(
            @PathVariable long id,
            @PathVariable String code,
            @PathVariable String step,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            RedirectAttributes redirect) {
        act(redirect, () -> switch (step) {
            case "submit" -> rounds.submit(id, code);
            case "pass" -> rounds.review(id, code, true, comment);
            case "return" -> rounds.review(id, code, false, comment);
            case "approve" -> rounds.decide(id, code, true, comment);
            case "reject" -> rounds.decide(id, code, false, comment);
            case "extend" -> rounds.extend(id, code, until);
            default -> throw new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, step);
        });
        return "redirect:/indicators/rounds/" + id;
    }

    @PostMapping("/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect) {
        act(redirect, () -> rounds.lock(id));
        return "redirect:/indicators/rounds/" + id;
    }

    private static ReportingRound act(RedirectAttributes redirect, Supplier<ReportingRound> action) {
        return Flash.run(redirect, "indicator.round.done", "", action);
    }
}
