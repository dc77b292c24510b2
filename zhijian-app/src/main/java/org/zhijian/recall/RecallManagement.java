package org.zhijian.recall;

import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The recall module's API. */
public interface RecallManagement {

    /**
     * Registers one recall from its fields (the template's column keys, e.g. {@code source, reference, recalled_on,
     * product}); audited, then linked, watched and classified like an imported one.
     */
    Recall register(java.util.Map<String, String> fields);

    /** Recalls matching the query, newest first, with the total count. */
    PageResult<Recall> search(RecallQuery query, PageRequest page);

    Optional<Recall> find(long id);

    /** Registered enterprises the recall's manufacturer (or recalling firm) may be, best first. */
    java.util.List<org.zhijian.enterprise.NameCandidate> candidates(long id);

    /** An officer links a domestic recall to the registered enterprise that made the product; audited. */
    Recall link(long id, String uscc);

    /** Foreign recalls of Chinese-made products matched to registered enterprises, newest first; status optional. */
    PageResult<WatchMatch> watchMatches(String status, PageRequest page);

    /** An officer follows a match up ({@code FOLLOWING}) or dismisses it ({@code DISMISSED}); audited. */
    void decideWatch(long recallId, String uscc, String status);
}
