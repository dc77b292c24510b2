package org.zhijian.records.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.HazardType;
import org.zhijian.records.Lookups;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** The lookups of record checks, from the region codes and the product and hazard classifications. */
@Component
class RegistryLookups implements Lookups {

    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final DescriptionClassification descriptions;

    RegistryLookups(
            RegionManagement regions, ClassificationManagement classification, DescriptionClassification descriptions) {
        this.regions = regions;
        this.classification = classification;
        this.descriptions = descriptions;
    }

    @Override
    public Optional<County> county(String code) {
        return regions.findByCode(code)
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .map(r -> new County(r.code(), r.parent()));
    }

    @Override
    public boolean categoryExists(String code) {
        return classification.findCategory(code).isPresent();
    }

    @Override
    public Optional<String> hazardCode(String codeOrName) {
        return descriptions.findHazard(codeOrName).map(HazardType::code);
    }

    @Override
    public List<String> hazardNames() {
        return descriptions.hazardTypes().stream().map(HazardType::name).toList();
    }
}
