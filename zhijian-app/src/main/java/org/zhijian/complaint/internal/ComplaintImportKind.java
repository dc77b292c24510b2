package org.zhijian.complaint.internal;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportRow;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/**
 * Complaints from files (a 12315 platform's export, a year of letters): one row per work order, checked like the
 * API; the work-order number identifies a row, and only the importer's area may be imported.
 */
@Component
class ComplaintImportKind extends TableImportKind {

    private final ComplaintRules rules;
    private final CurrentActor currentActor;

    ComplaintImportKind(ComplaintRules rules, CurrentActor currentActor) {
        super(
                "complaints",
                "投诉举报",
                ComplaintColumns.ALL,
                "complaint",
                "complaint_no",
                ComplaintRules.STORED,
                ComplaintImportKind::type,
                "link_status = null, updated_at = now()");
        this.rules = rules;
        this.currentActor = currentActor;
    }

    static String type(String column) {
        return switch (column) {
            case "received_at", "accepted_at", "closed_at" -> "timestamptz";
            case "amount" -> "numeric(14, 2)";
            default -> "text";
        };
    }

    @Override
    protected String[] check(ImportRow row, Consumer<RowError> errors) {
        String[] values = rules.check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[9], values[10], null)) {
            errors.accept(new RowError(row.line(), ComplaintColumns.header("county_code"), values[9], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    @Override
    protected String importer() {
        return currentActor.get().username();
    }
}
