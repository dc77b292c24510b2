package org.zhijian.enforcement;

import java.util.Map;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The enforcement module's API; reads and writes stay within the officer's area. */
public interface EnforcementManagement {

    /** Records a decision from its fields (the import template's column keys); audited. */
    EnforcementCase register(Map<String, String> fields);

    PageResult<EnforcementCase> search(CaseQuery query, PageRequest page);

    Optional<EnforcementCase> find(long id);
}
