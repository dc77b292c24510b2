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
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;

/** A year's assessment: ranking, each prefecture's score sheet with every point explained, and the province's inputs. */
@Controller
@RequestMapping("/assessments")
class AssessmentPages {

    private final Assessments assessments;
    private final org.zhijian.platform.access.CurrentActor currentActor;
    private final org.zhijian.indicator.IndicatorManagement indicators;

    AssessmentPages(
            Assessments assessments,
            org.zhijian.platform.access.CurrentActor currentActor,
            org.zhijian.indicator.IndicatorManagement indicators) {
        this.assessments = assessments;
        this.currentActor = currentActor;
        this.indicators = indicators;
    }

    @GetMapping("/{year}")
    String result(@PathVariable int year, Model model) {
        var result = assessments.result(year);
        model.addAttribute("year", year);
        model.addAttribute("result", result.orElse(null));
        model.addAttribute("appeals", result.isPresent() ? assessments.appeals(year) : List.of());
        model.addAttribute("today", java.time.LocalDate.now());
        var scope = currentActor.get().writeScope();
        model.addAttribute(
                "myPrefecture", scope.kind() == org.zhijian.platform.access.Scope.Kind.PREFECTURE ? scope.code() : "");
        model.addAttribute("crumbs", Crumb.belowAs("nav.indicators", "/indicators", "assessment.title", year));
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

    /**
     * The scheme typed one item per line: code, name, kind (指标/任务/扣分/加分/否决 or INDICATOR…), points, floor,
     * target, direction (高/低), points per occurrence, indicator number in the plan.
     */
    @PostMapping("/{year}/scheme")
    String scheme(@PathVariable int year, @RequestParam(defaultValue = "") String lines, RedirectAttributes redirect) {
        Flash.run(redirect, "indicator.round.done", "", () -> assessments.createScheme(year, parse(year, lines)));
        return "redirect:/assessments/" + year;
    }

    private List<org.zhijian.indicator.AssessmentItem> parse(int year, String text) {
        java.util.Map<Integer, Long> byNo = new java.util.HashMap<>();
        indicators.progress(null, year, null).forEach(i -> byNo.put(i.no(), i.id()));
        List<org.zhijian.indicator.AssessmentItem> items = new java.util.ArrayList<>();
        String[] rows = text.split("\\R");
        for (int n = 0; n < rows.length; n++) {
            if (rows[n].isBlank()) {
                continue;
            }
            String[] f = (rows[n] + ",,,,,,,,").split("[,，]", -1);
            try {
                items.add(new org.zhijian.indicator.AssessmentItem(
                        f[0].strip(),
                        f[1].strip(),
                        kind(f[2].strip()),
                        number(f[3], 0.0),
                        number(f[4], null),
                        number(f[5], null),
                        !"低".equals(f[6].strip()),
                        number(f[7], 0.0),
                        f[8].isBlank() ? null : byNo.get(Integer.parseInt(f[8].strip()))));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolation(
                        org.zhijian.platform.PlatformErrors.BAD_REQUEST, "第 " + (n + 1) + " 行：" + e.getMessage());
            }
        }
        return items;
    }

    private static String kind(String k) {
        return switch (k) {
            case "指标" -> "INDICATOR";
            case "任务" -> "TASK";
            case "扣分" -> "DEDUCTION";
            case "加分" -> "BONUS";
            case "否决" -> "VETO";
            default -> k.toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static Double number(String s, Double otherwise) {
        return s.isBlank() ? otherwise : Double.valueOf(s.strip());
    }
}
