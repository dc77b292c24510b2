package org.zhijian.complaint;

import org.zhijian.records.ClassifiedKindFacade;

/**
 * The complaint module's API: registering, reading (personal data masked) and classifying complaints as every record
 * kind does, and its list and handling. Reads and changes stay within the officer's area.
 */
public interface ComplaintManagement extends ClassifiedKindFacade<Complaint, ComplaintQuery> {

    /** A complaint with the complainant's full phone and identity number, for its handler; the viewing is audited. */
    Complaint withPersonalData(long id);

    /** Moves a complaint on (受理, 调解, 转办, 办结 with an outcome); audited. */
    Complaint transition(long id, ComplaintStatus to, String outcome);
}
