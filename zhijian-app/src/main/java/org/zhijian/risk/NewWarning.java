package org.zhijian.risk;

/**
 * A warning entered by hand.
 *
 * @param regionCode a county, a prefecture or the province
 * @param categoryCode a product category, may be blank
 * @param hazardCode a hazard type, may be blank
 * @param enterpriseUscc the enterprise concerned, may be blank
 * @param preliminaryLevel LOW, MEDIUM, HIGH or SERIOUS (or 低/中/高/严重)
 */
public record NewWarning(
        String title,
        String regionCode,
        String categoryCode,
        String hazardCode,
        String enterpriseUscc,
        String description,
        String preliminaryLevel) {}
