package org.zhijian.enforcement.internal;

import org.springframework.stereotype.Service;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.ComponentReader;
import org.zhijian.records.KindErrors;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordsFacade;

/** Records, lists and links penalty decisions within the officer's area (enterprise users see none). */
@Service
class JdbcCases extends RecordsFacade<EnforcementCase, CaseQuery> implements EnforcementManagement {

    JdbcCases(RecordManagement records) {
        super(records, CaseKind.KIND, KindErrors.numbered("CASE"), ComponentReader.of(EnforcementCase.class));
    }

    @Override
    public PageResult<EnforcementCase> search(CaseQuery query, PageRequest page) {
        return records.page(records.conditions(query.q(), query.region(), query.enterprise(), query.category()), page);
    }
}
