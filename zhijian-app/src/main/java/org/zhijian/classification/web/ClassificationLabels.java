package org.zhijian.classification.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.HazardType;
import org.zhijian.classification.ProductCategory;

/** Names of categories and hazard types for templates ({@code @classificationLabels.category(code)}). */
@Component("classificationLabels")
public class ClassificationLabels {

    private final ClassificationManagement classification;
    private final DescriptionClassification descriptions;

    ClassificationLabels(ClassificationManagement classification, DescriptionClassification descriptions) {
        this.classification = classification;
        this.descriptions = descriptions;
    }

    public String category(String code) {
        return code == null
                ? ""
                : classification.findCategory(code).map(ProductCategory::nameZh).orElse(code);
    }

    public String hazard(String code) {
        return code == null
                ? ""
                : descriptions.findHazard(code).map(HazardType::name).orElse(code);
    }

    public List<ProductCategory> categories() {
        return classification.categories();
    }

    public List<HazardType> hazards() {
        return descriptions.hazardTypes();
    }
}
