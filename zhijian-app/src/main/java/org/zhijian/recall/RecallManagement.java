package org.zhijian.recall;

import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The recall module's API. */
public interface RecallManagement {

    /** Recalls matching the query, newest first, with the total count. */
    PageResult<Recall> search(RecallQuery query, PageRequest page);

    Optional<Recall> find(long id);
}
