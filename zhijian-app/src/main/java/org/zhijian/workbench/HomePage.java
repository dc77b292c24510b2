package org.zhijian.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.importing.ImportManagement;
import org.zhijian.platform.PageRequest;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

@Controller
class HomePage {

    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final ImportManagement imports;

    HomePage(
            EnterpriseManagement enterprises,
            RegionManagement regions,
            ClassificationManagement classification,
            ImportManagement imports) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.classification = classification;
        this.imports = imports;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("enterpriseCount", enterprises.count());
        model.addAttribute(
                "activeCount",
                enterprises
                        .search(new EnterpriseQuery(null, null, null, null, "存续"), new PageRequest(1, 1))
                        .total());
        model.addAttribute("countyCount", regions.find(RegionLevel.COUNTY, null).size());
        model.addAttribute("categoryCount", classification.categories().size());
        model.addAttribute("jobs", imports.recent(5));
        return "index";
    }
}
