package org.zhijian.records;

/** The facade of a kind whose records an officer may file under a product category and hazard type. */
public interface ClassifiedKindFacade<R, Q> extends KindFacade<R, Q> {

    /**
     * Sets a record's product category and hazard type (code or name) as an officer decides; a blank value hands
     * it back to the keyword classifier. Audited.
     */
    R classify(long id, String categoryCode, String hazard);
}
