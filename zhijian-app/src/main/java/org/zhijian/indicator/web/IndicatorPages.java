package org.zhijian.indicator.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.platform.web.Crumb;
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
        model.addAttribute("crumbs", List.of(Crumb.here("规划指标")));
        return "indicators/list";
    }
}
