package org.zhijian.workbench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.importing.ImportManagement;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * The dashboard: key figures of the user's scope (recomputed at most every 15 seconds per scope, since counting
 * a million rows on every page view would dominate the server), the map and recent imports.
 */
@Controller
class HomePage {

    private static final long FIGURES_TTL_NANOS = 15_000_000_000L;

    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final ImportManagement imports;
    private final CurrentActor currentActor;
    private final Map<Scope, Figures> figures = new ConcurrentHashMap<>();

    HomePage(
            EnterpriseManagement enterprises,
            RegionManagement regions,
            ClassificationManagement classification,
            ImportManagement imports,
            CurrentActor currentActor) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.classification = classification;
        this.imports = imports;
        this.currentActor = currentActor;
    }

    @GetMapping("/")
    String home(Model model) {
        Figures current = figures.compute(
                currentActor.get().readScope(),
                (scope, cached) ->
                        cached != null && System.nanoTime() - cached.at() < FIGURES_TTL_NANOS ? cached : count());
        model.addAttribute("enterpriseCount", current.enterprises());
        model.addAttribute("activeCount", current.active());
        model.addAttribute("countyCount", regions.find(RegionLevel.COUNTY, null).size());
        model.addAttribute("categoryCount", classification.categories().size());
        model.addAttribute("jobs", imports.recent(5));
        return "index";
    }

    private Figures count() {
        long active = enterprises.count(new EnterpriseQuery(null, null, null, null, "存续"));
        return new Figures(System.nanoTime(), enterprises.count(), active);
    }

    private record Figures(long at, long enterprises, long active) {}
}
