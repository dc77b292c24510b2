package org.zhijian.injury;

import java.util.Map;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The injury module's API; reads and writes stay within the officer's area. */
public interface InjuryManagement {

    /** Records a case from its fields (the import template's column keys); audited. */
    Injury register(Map<String, String> fields);

    PageResult<Injury> search(InjuryQuery query, PageRequest page);

    Optional<Injury> find(long id);

    /**
     * Sets a case's product category and hazard type (code or name) as an officer decides; a blank value hands it
     * back to the keyword classifier. Audited.
     */
    Injury classify(long id, String categoryCode, String hazard);
}
