package org.zhijian.indicator.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.indicator.Assessments;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;

/** A year's assessment: ranking, each prefecture's score sheet with every point explained, and the province's inputs. */
@Controller
@RequestMapping("/assessments")
class AssessmentPages {

    private final Assessments assessments;
    private final org.zhijian.platform.access.CurrentActor currentActor;

    AssessmentPages(Assessments assessments, org.zhijian.platform.access.CurrentActor currentActor) {
        this.assessments = assessments;
        this.currentActor = currentActor;
    }

    @GetMapping("/{year}")
    String result(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("result", assessments.result(year).orElse(null));
        model.addAttribute("appeals", assessments.result(year).isPresent() ? assessments.appeals(year) : List.of());
        model.addAttribute("today", java.time.LocalDate.now());
        var scope = currentActor.get().writeScope();
        model.addAttribute(
                "myPrefecture", scope.kind() == org.zhijian.platform.access.Scope.Kind.PREFECTURE ? scope.code() : "");
        model.addAttribute("crumbs", List.of(Crumb.of("规划指标", "/indicators"), Crumb.here(year + " 年度考核")));
        return "indicators/assessment";
    }

    @PostMapping("/{year}/inputs")
    String input(
            @PathVariable int year,
            @RequestParam String prefecture,
            @RequestParam String item,
            @RequestParam double value,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "indicator.round.done",
                "",
                () -> assessments.recordInput(year, prefecture, item, value, note));
        return "redirect:/assessments/" + year;
    }

    @PostMapping("/{year}/appeal-window")
    String window(
            @PathVariable int year,
            @RequestParam
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate until,
            RedirectAttributes redirect) {
        Flash.run(redirect, "indicator.round.done", "", () -> assessments.openAppeals(year, until));
        return "redirect:/assessments/" + year;
    }

    @PostMapping("/{year}/appeals")
    String appeal(
            @PathVariable int year,
            @RequestParam String prefecture,
            @RequestParam String item,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Flash.run(redirect, "indicator.round.done", "", () -> assessments.appeal(year, prefecture, item, reason));
        return "redirect:/assessments/" + year;
    }

    @PostMapping("/{year}/appeals/{id}")
    String decide(
            @PathVariable int year,
            @PathVariable long id,
            @RequestParam boolean accept,
            @RequestParam(required = false) Double newValue,
            @RequestParam(defaultValue = "") String decision,
            RedirectAttributes redirect) {
        Flash.run(redirect, "indicator.round.done", "", () -> assessments.decide(id, accept, newValue, decision));
        return "redirect:/assessments/" + year;
    }
}
