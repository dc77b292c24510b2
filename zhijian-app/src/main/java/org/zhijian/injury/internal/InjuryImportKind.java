package org.zhijian.injury.internal;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportRow;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Injury cases from files (a surveillance hospital's monthly export): one row per case, within the importer's area. */
@Component
class InjuryImportKind extends TableImportKind {

    private final InjuryRules rules;
    private final CurrentActor currentActor;

    InjuryImportKind(InjuryRules rules, CurrentActor currentActor) {
        super(
                "injuries",
                "产品伤害",
                InjuryColumns.ALL,
                "injury",
                "case_no",
                InjuryRules.STORED,
                InjuryRules::type,
                "link_status = null");
        this.rules = rules;
        this.currentActor = currentActor;
    }

    @Override
    protected String[] check(ImportRow row, Consumer<RowError> errors) {
        String[] values = rules.check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[2], values[3], null)) {
            errors.accept(new RowError(row.line(), InjuryColumns.header("county_code"), values[2], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    @Override
    protected String importer() {
        return currentActor.get().username();
    }
}
