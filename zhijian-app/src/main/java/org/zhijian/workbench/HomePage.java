package org.zhijian.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.importing.ImportManagement;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * The dashboard: key figures of the user's scope (recounted in the background at most every 15 seconds per scope,
 * since counting a million rows on every page view would dominate the server), the map and recent imports.
 */
@Controller
class HomePage {

    private static final long FIGURES_TTL_NANOS = 15_000_000_000L;

    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final ImportManagement imports;
    private final CurrentActor currentActor;
    private final ScopedFigures<Figures> figures;

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
        this.figures = new ScopedFigures<>(FIGURES_TTL_NANOS, System::nanoTime, this::count);
    }

    @GetMapping("/")
    String home(Model model) {
        Figures current = figures.get(currentActor.get());
        model.addAttribute("enterpriseCount", current.enterprises());
        model.addAttribute("activeCount", current.active());
        model.addAttribute("countyCount", regions.find(RegionLevel.COUNTY, null).size());
        model.addAttribute("categoryCount", classification.categories().size());
        model.addAttribute("jobs", imports.recent(5));
        var own = currentActor.get().readScope().regionCode().flatMap(regions::findByCode);
        var prefecture = own.flatMap(r -> regions.findByCode(r.prefectureCode()));
        model.addAttribute("homePrefecture", prefecture.map(r -> r.code()).orElse(""));
        model.addAttribute("homePrefectureName", prefecture.map(r -> r.name()).orElse(""));
        model.addAttribute(
                "homeCounty",
                own.filter(r -> r.level() == RegionLevel.COUNTY)
                        .map(r -> r.name())
                        .orElse(""));
        return "index";
    }

    private Figures count() {
        long active = enterprises.count(new EnterpriseQuery(null, null, null, null, "存续"));
        return new Figures(enterprises.count(), active);
    }

    @jakarta.annotation.PreDestroy
    void close() {
        figures.close();
    }

    private record Figures(long enterprises, long active) {}
}
