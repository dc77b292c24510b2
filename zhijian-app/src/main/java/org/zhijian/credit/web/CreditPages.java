package org.zhijian.credit.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.credit.ClassCounts;
import org.zhijian.credit.ClassQuery;
import org.zhijian.credit.CreditManagement;
import org.zhijian.credit.RegionClasses;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * The class distribution of a month (cards per class, by region with the Hunan map, by industry), the enterprises of
 * a class and the month's class changes, within the officer's area.
 */
@Controller
@RequestMapping("/credit")
class CreditPages {

    private final CreditManagement credit;
    private final RegionManagement regions;
    private final ClassificationManagement classification;

    CreditPages(CreditManagement credit, RegionManagement regions, ClassificationManagement classification) {
        this.credit = credit;
        this.regions = regions;
        this.classification = classification;
    }

    @GetMapping
    String distribution(@ModelAttribute("query") ClassQuery query, Model model) {
        ClassCounts counts = credit.counts(query);
        List<RegionClasses> byRegion = credit.byRegion(query);
        model.addAttribute("counts", counts);
        model.addAttribute("month", counts.month().toString());
        model.addAttribute("byRegion", byRegion);
        model.addAttribute("byIndustry", credit.byIndustry(query));
        model.addAttribute(
                "mapData",
                byRegion.stream()
                        .map(r -> r.code() + "=" + Math.round(r.riskShare() * 1000) / 10.0)
                        .collect(Collectors.joining(";")));
        model.addAttribute(
                "countyMap", byRegion.stream().anyMatch(r -> !r.code().endsWith("00")));
        model.addAttribute("filter", filter(query, counts.month().toString()));
        choices(model);
        model.addAttribute("crumbs", List.of(Crumb.hereAs("credit.title")));
        return "credit/distribution";
    }

    @GetMapping("/enterprises")
    String enterprises(
            @ModelAttribute("query") ClassQuery query,
            @RequestParam(name = "class", required = false) String creditClass,
            @RequestParam(required = false) Integer page,
            Model model) {
        ClassCounts counts = credit.counts(query);
        String month = counts.month().toString();
        model.addAttribute("result", credit.enterprises(query, creditClass, PageRequest.of(page, 50)));
        model.addAttribute("month", month);
        model.addAttribute("creditClass", creditClass == null ? "" : creditClass);
        model.addAttribute("counts", counts);
        model.addAttribute(
                "baseUrl", "/credit/enterprises?" + filter(query, month) + "&" + QueryString.of("class", creditClass));
        choices(model);
        model.addAttribute("crumbs", Crumb.belowAs("credit.title", "/credit", "credit.list.title"));
        return "credit/enterprises";
    }

    @GetMapping("/changes")
    String changes(
            @ModelAttribute("query") ClassQuery query, @RequestParam(required = false) Integer page, Model model) {
        String month = credit.counts(query).month().toString();
        model.addAttribute("result", credit.changes(query, PageRequest.of(page, 50)));
        model.addAttribute("month", month);
        model.addAttribute("baseUrl", "/credit/changes?" + filter(query, month));
        choices(model);
        model.addAttribute("crumbs", Crumb.belowAs("credit.title", "/credit", "credit.changes.title"));
        return "credit/changes";
    }

    private static String filter(ClassQuery q, String month) {
        return QueryString.of("month", month, "region", q.region(), "industry", q.industry(), "scheme", q.scheme());
    }

    private void choices(Model model) {
        model.addAttribute("prefectures", regions.find(RegionLevel.PREFECTURE, null));
        model.addAttribute("counties", regions.find(RegionLevel.COUNTY, null));
        model.addAttribute("industries", classification.industries());
        model.addAttribute("runs", credit.runs());
        model.addAttribute(
                "regionNames",
                regions.all().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name(), (a, b) -> a)));
        model.addAttribute("classes", List.of("A", "B", "C", "D"));
    }
}
