package org.zhijian.risk.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ProductCategory;
import org.zhijian.platform.DailyCountSource;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;

/** Chinese names of the regions, categories and sources that signals and warnings carry as codes. */
@Component
class RiskNames {

    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final Map<String, String> sources;

    /** The series' names come from the counted sources, as {@link RiskCounts} gathered them. */
    RiskNames(RegionManagement regions, ClassificationManagement classification, RiskCounts counts) {
        this.regions = regions;
        this.classification = classification;
        this.sources =
                counts.sources().stream().collect(Collectors.toMap(DailyCountSource::code, DailyCountSource::label));
    }

    String region(String code) {
        return code == null ? "" : regions.findByCode(code).map(Region::name).orElse(code);
    }

    String category(String code) {
        if (code == null || code.isEmpty()) {
            return code == null ? "" : "未分类";
        }
        if (code.equals(Hierarchy.ALL)) {
            return "全部类别";
        }
        return classification.findCategory(code).map(ProductCategory::nameZh).orElse(code);
    }

    String source(String code) {
        return code == null ? "" : sources.getOrDefault(code, code);
    }

    Map<String, String> sources() {
        return Map.copyOf(sources);
    }
}
