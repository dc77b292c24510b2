package org.zhijian.enforcement;

import org.zhijian.records.KindFacade;

/**
 * The enforcement module's API: registering and reading penalty decisions (audited) as every record kind does, and
 * its own list; reads and writes stay within the officer's area.
 */
public interface EnforcementManagement extends KindFacade<EnforcementCase, CaseQuery> {}
