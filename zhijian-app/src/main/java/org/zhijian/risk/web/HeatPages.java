package org.zhijian.risk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.platform.web.Crumb;
import org.zhijian.risk.HeatCell;
import org.zhijian.risk.RiskMonitoring;

/**
 * Signal intensity of a week: a region × category table (cells: signals, strongest observed ÷ threshold) and the
 * Hunan map coloured by each prefecture's signals.
 */
@Controller
@RequestMapping("/risk/heat")
class HeatPages {

    private final RiskMonitoring monitoring;

    HeatPages(RiskMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    String heat(
            @RequestParam(required = false) String week,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "PREFECTURE") String level,
            Model model) {
        List<HeatCell> cells = monitoring.heat(week, source, level);
        Map<String, String> regions = new TreeMap<>();
        Map<String, String> categories = new TreeMap<>();
        Map<String, HeatCell> byKey = new LinkedHashMap<>();
        Map<String, Integer> perRegion = new TreeMap<>();
        for (HeatCell c : cells) {
            regions.put(c.regionCode(), c.regionName());
            categories.put(c.categoryCode(), c.categoryName());
            byKey.put(c.regionCode() + "|" + c.categoryCode(), c);
            perRegion.merge(c.regionCode(), c.signals(), Integer::sum);
        }
        model.addAttribute("week", week == null ? "" : week);
        model.addAttribute("source", source == null ? "" : source);
        model.addAttribute("level", level);
        model.addAttribute("sources", monitoring.sources());
        model.addAttribute("regions", regions);
        model.addAttribute("categories", categories);
        model.addAttribute("cells", byKey);
        model.addAttribute(
                "mapData",
                String.join(
                        ";",
                        perRegion.entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .toList()));
        model.addAttribute("crumbs", Crumb.belowAs("nav.warnings", "/risk/warnings", "risk.heat.title"));
        return "risk/heat";
    }
}
