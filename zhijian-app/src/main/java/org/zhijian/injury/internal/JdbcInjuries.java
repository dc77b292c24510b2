package org.zhijian.injury.internal;

import org.springframework.stereotype.Service;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.records.ComponentReader;
import org.zhijian.records.KindErrors;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordsFacade;

/** Records, lists and links injury cases within the officer's area (enterprise users see none). */
@Service
class JdbcInjuries extends RecordsFacade<Injury, InjuryQuery> implements InjuryManagement {

    JdbcInjuries(RecordManagement records) {
        super(records, InjuryKind.KIND, KindErrors.numbered("INJURY"), ComponentReader.of(Injury.class));
    }

    @Override
    public PageResult<Injury> search(InjuryQuery query, PageRequest page) {
        var filters = records.conditions(query.q(), query.region(), query.enterprise(), query.category())
                .bind("severity", query.severity(), "severity = :severity")
                .when("source", query.source(), "source = :source")
                .when("hazard", query.hazard(), "hazard_code = :hazard");
        return records.page(filters, page);
    }
}
