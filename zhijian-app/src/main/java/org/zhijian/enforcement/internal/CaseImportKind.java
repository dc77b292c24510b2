package org.zhijian.enforcement.internal;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportRow;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Penalty decisions from files (a year of decisions from the case system), within the importer's area. */
@Component
class CaseImportKind extends TableImportKind {

    private final CaseRules rules;
    private final CurrentActor currentActor;

    CaseImportKind(CaseRules rules, CurrentActor currentActor) {
        super(
                "cases",
                "行政处罚",
                CaseColumns.ALL,
                "enforcement_case",
                "case_no",
                CaseRules.STORED,
                CaseRules::type,
                "link_status = null");
        this.rules = rules;
        this.currentActor = currentActor;
    }

    @Override
    protected String[] check(ImportRow row, Consumer<RowError> errors) {
        String[] values = rules.check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[3], values[4], null)) {
            errors.accept(new RowError(row.line(), CaseColumns.header("county_code"), values[3], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    @Override
    protected String importer() {
        return currentActor.get().username();
    }
}
