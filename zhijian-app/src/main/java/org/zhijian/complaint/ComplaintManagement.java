package org.zhijian.complaint;

import java.util.Map;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The complaint module's API. Reads and changes stay within the officer's area. */
public interface ComplaintManagement {

    /** Registers a complaint from its fields (the import template's column keys); audited. */
    Complaint register(Map<String, String> fields);

    PageResult<Complaint> search(ComplaintQuery query, PageRequest page);

    /** A complaint, personal data masked. */
    Optional<Complaint> find(long id);

    /** A complaint with the complainant's full phone and identity number, for its handler; the viewing is audited. */
    Complaint withPersonalData(long id);

    /**
     * Sets a complaint's product category and hazard type (code or name) as an officer decides; a blank value hands
     * it back to the keyword classifier. Audited.
     */
    Complaint classify(long id, String categoryCode, String hazard);

    /** Moves a complaint on (受理, 调解, 转办, 办结 with an outcome); audited. */
    Complaint transition(long id, ComplaintStatus to, String outcome);
}
