package org.zhijian.sampling.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
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
        model.addAttribute(
                "regionName",
                q.region() == null || q.region().isBlank()
                        ? regions.find(org.zhijian.region.RegionLevel.PROVINCE, null)
                                .get(0)
                                .name()
                        : regions.findByCode(q.region()).map(r -> r.name()).orElse(q.region()));
        model.addAttribute(
                "countyLevel",
                q.region() != null
                        && regions.findByCode(q.region())
                                .filter(r -> r.level() == org.zhijian.region.RegionLevel.COUNTY)
                                .isPresent());
        model.addAttribute("crumbs", List.of(Crumb.of("监督抽查", "/sampling/plans"), Crumb.here("合格率统计")));
        return "sampling/statistics";
    }

    /** A prefecture's or county's officer sees their own region by default (empty for the whole province). */
    private String ownRegion() {
        var scope = currentActor.get().readScope();
        return switch (scope.kind()) {
            case PREFECTURE, COUNTY -> scope.code();
            default -> "";
        };
    }
}
