package org.zhijian.sampling.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhijian.platform.web.Crumb;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.PassRateQuery;
import org.zhijian.sampling.PassRates;
import org.zhijian.sampling.SamplingManagement;

/** Pass rates: table with intervals, change and outliers, ranked bars, a five-year trend and drill-down. */
@Controller
class StatisticsPages {

    private final SamplingManagement sampling;
    private final RegionManagement regions;

    private final org.zhijian.platform.access.CurrentActor currentActor;

    StatisticsPages(
            SamplingManagement sampling,
            RegionManagement regions,
            org.zhijian.platform.access.CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.sampling = sampling;
        this.regions = regions;
    }

    @GetMapping("/sampling/statistics")
    String statistics(PassRateQuery query, org.springframework.ui.Model model) {
        int year = query.year() == null ? LocalDate.now().getYear() : query.year();
        PassRateQuery q = new PassRateQuery(
                query.by() == null || query.by().isBlank() ? "region" : query.by(),
                year,
                query.region() == null || query.region().isBlank() ? ownRegion() : query.region(),
                query.kind(),
                query.level());
        PassRates rates = sampling.passRates(q);
        model.addAttribute("query", q);
        model.addAttribute("rates", rates);
        model.addAttribute("trend", sampling.yearlyRates(q, 5));
        model.addAttribute("indicators", sampling.indicators(year, q.region()));
        var region = q.region() == null || q.region().isBlank()
                ? java.util.Optional.of(regions.find(org.zhijian.region.RegionLevel.PROVINCE, null)
                        .get(0))
                : regions.findByCode(q.region());
        model.addAttribute("regionName", region.map(r -> r.name()).orElse(q.region()));
        model.addAttribute(
                "countyLevel",
                region.filter(r -> r.level() == org.zhijian.region.RegionLevel.COUNTY)
                        .isPresent());
        model.addAttribute("statisticsDrill", statisticsDrill(q));
        model.addAttribute("samplesDrill", samplesDrill(q));
        model.addAttribute("crumbs", Crumb.belowAs("nav.sampling", "/sampling/plans", "nav.statistics"));
        return "sampling/statistics";
    }

    /**
     * Where a group of the province's prefectures leads: the same statistics for that prefecture's counties, with
     * the year, kind and level kept (the group's code is appended); null below the province.
     */
    private static String statisticsDrill(PassRateQuery q) {
        boolean top = q.region() == null || q.region().isBlank();
        return !"region".equals(q.by()) || !top
                ? null
                : UriComponentsBuilder.fromPath("/sampling/statistics")
                                .queryParam("by", "region")
                                .queryParam("year", q.year())
                                .queryParamIfPresent("kind", java.util.Optional.ofNullable(q.kind()))
                                .queryParamIfPresent("level", java.util.Optional.ofNullable(q.level()))
                                .encode()
                                .toUriString()
                        + "&region=";
    }

    /**
     * Where a group's samples are listed, with the year (and, for categories, the region) kept; the group's code is
     * appended. Only regions and categories can be listed; null for other groupings.
     */
    private static String samplesDrill(PassRateQuery q) {
        var samples = UriComponentsBuilder.fromPath("/sampling/records").queryParam("year", q.year());
        return switch (q.by()) {
            case "category" ->
                samples.queryParam("region", q.region() == null ? "" : q.region())
                                .encode()
                                .toUriString()
                        + "&category=";
            case "region" -> samples.encode().toUriString() + "&region=";
            default -> null;
        };
    }

    /** A prefecture's or county's officer sees their own region by default (empty for the whole province). */
    private String ownRegion() {
        return currentActor.get().readScope().regionCode().orElse("");
    }
}
