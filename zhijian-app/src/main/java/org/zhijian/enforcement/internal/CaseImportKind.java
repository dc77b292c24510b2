package org.zhijian.enforcement.internal;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Penalty decisions from files (a year of decisions from the case system) or one by the API, within the officer's area. */
@Component
class CaseImportKind extends TableImportKind {

    private final CaseRules rules;
    private final CaseLinking linking;
    private final CaseClassifying classifying;

    CaseImportKind(CaseRules rules, CurrentActor currentActor, CaseLinking linking, CaseClassifying classifying) {
        super(
                "cases",
                "行政处罚",
                CaseColumns.ALL,
                "enforcement_case",
                "case_no",
                CaseRules.STORED,
                CaseRules::type,
                "link_status = null",
                currentActor);
        this.rules = rules;
        this.linking = linking;
        this.classifying = classifying;
    }

    /** New records are linked to the registry and classified. */
    @Override
    protected void arrived() {
        linking.linkPending();
        classifying.classifyPending();
    }

    @Override
    protected String[] check(long line, Map<String, String> fields, Consumer<RowError> errors) {
        return rules.check(line, fields, errors);
    }
}
