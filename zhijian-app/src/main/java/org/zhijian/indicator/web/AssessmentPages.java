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

    AssessmentPages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/{year}")
    String result(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("result", assessments.result(year).orElse(null));
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
}
