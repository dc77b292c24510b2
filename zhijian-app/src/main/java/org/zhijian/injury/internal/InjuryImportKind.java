package org.zhijian.injury.internal;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Injury cases from files (a surveillance hospital's monthly export) or one by the API, within the officer's area. */
@Component
class InjuryImportKind extends TableImportKind {

    private final InjuryRules rules;
    private final InjuryLinking linking;
    private final InjuryClassifying classifying;

    InjuryImportKind(
            InjuryRules rules, CurrentActor currentActor, InjuryLinking linking, InjuryClassifying classifying) {
        super(
                "injuries",
                "产品伤害",
                InjuryColumns.ALL,
                "injury",
                "case_no",
                InjuryRules.STORED,
                InjuryRules::type,
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
