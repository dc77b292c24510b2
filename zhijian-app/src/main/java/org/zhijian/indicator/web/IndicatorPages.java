package org.zhijian.indicator.web;

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
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.indicator.IndicatorValue;
import org.zhijian.indicator.NewIndicatorValue;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** The plan's indicators with baseline, target, latest value, trajectory and status, for the province or a prefecture. */
@Controller
@RequestMapping("/indicators")
class IndicatorPages {

    private final IndicatorManagement indicators;
    private final RegionManagement regions;

    IndicatorPages(IndicatorManagement indicators, RegionManagement regions) {
        this.indicators = indicators;
        this.regions = regions;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            Model model) {
        model.addAttribute("plans", indicators.plans());
        model.addAttribute("rows", indicators.progress(plan, year, region));
        model.addAttribute("plan", plan == null ? "" : plan);
        model.addAttribute("year", year == null ? java.time.LocalDate.now().getYear() : year);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("prefectures", regions.find(RegionLevel.PREFECTURE, null));
        model.addAttribute("crumbs", List.of(Crumb.hereAs("nav.indicators")));
        return "indicators/list";
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            Model model) {
        IndicatorProgressView i = indicators
                .find(id, year, region)
                .orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        List<IndicatorValue> history = indicators.values(id, region);
        model.addAttribute("indicator", i);
        model.addAttribute("history", history);
        model.addAttribute("chart", IndicatorChart.of(i, history));
        model.addAttribute("map", indicators.byPrefecture(id, year));
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("prefectures", regions.find(RegionLevel.PREFECTURE, null));
        model.addAttribute("thisYear", java.time.LocalDate.now().getYear());
        model.addAttribute("crumbs", Crumb.below("nav.indicators", "/indicators", i.name()));
        return "indicators/detail";
    }

    @PostMapping("/{id}/values")
    String record(@PathVariable long id, @ModelAttribute NewIndicatorValue value, RedirectAttributes redirect) {
        Flash.run(redirect, "indicator.recorded", String.valueOf(value.year()), () -> indicators.record(id, value));
        return "redirect:/indicators/" + id + "?region=" + (value.regionCode() == null ? "" : value.regionCode());
    }

    @PostMapping("/plans")
    String addPlan(
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam int startYear,
            @RequestParam int endYear,
            @RequestParam org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            indicators.addPlan(code, name, startYear, endYear, file.getBytes());
            redirect.addFlashAttribute("flashKey", "indicator.planAdded");
            redirect.addFlashAttribute("flashArg", name);
            return "redirect:/indicators?plan=" + code.strip().toUpperCase(java.util.Locale.ROOT);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", e.errorCode().code());
            redirect.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
            return "redirect:/indicators";
        }
    }

    @GetMapping("/report")
    void report(
            @RequestParam int year,
            @RequestParam(defaultValue = "pdf") String format,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        response.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename(
                                year + "年质量状况分析报告." + (xlsx ? "xlsx" : "pdf"), java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        indicators.annualReport(year, xlsx ? "xlsx" : "pdf", response.getOutputStream());
    }
}
