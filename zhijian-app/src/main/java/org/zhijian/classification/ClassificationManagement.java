package org.zhijian.classification;

import java.util.List;
import java.util.Optional;

/** The classification module's API. */
public interface ClassificationManagement {

    List<Industry> industries();

    Optional<Industry> findIndustry(String code);

    List<ProductCategory> categories();

    Optional<ProductCategory> findCategory(String code);

    /** A category's code followed by the codes of every category below it (just the code when it has none). */
    List<String> subtree(String code);

    /**
     * Adds a product category.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code CLASSIFICATION_001} when the code exists,
     *     {@code CLASSIFICATION_002} when the parent does not
     */
    ProductCategory addCategory(NewProductCategory category, String addedBy);
}
