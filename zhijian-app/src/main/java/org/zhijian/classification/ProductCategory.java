package org.zhijian.classification;

/**
 * A product category in the tree.
 *
 * @param code stable code, never changed once used (e.g. {@code CON-ELEC})
 * @param parent parent code, {@code null} at the top
 * @param nameZh Chinese name
 * @param nameEn English name, may be {@code null}
 * @param kind the indicator family
 */
public record ProductCategory(String code, String parent, String nameZh, String nameEn, CategoryKind kind) {}
