package org.zhijian.complaint.internal;

import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.TableImportKind;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Complaints from files (a 12315 platform's export, a year of letters): one row per work order, checked like the
 * API; the work-order number identifies a row, and only the importer's area may be imported. */
@Component
class ComplaintImportKind extends TableImportKind {

    private final ComplaintRules rules;
    private final ComplaintLinking linking;
    private final ComplaintClassifying classifying;

    ComplaintImportKind(
            ComplaintRules rules,
            CurrentActor currentActor,
            ComplaintLinking linking,
            ComplaintClassifying classifying) {
        super(
                "complaints",
                "投诉举报",
                ComplaintColumns.ALL,
                "complaint",
                "complaint_no",
                ComplaintRules.STORED,
                ComplaintImportKind::type,
                "link_status = null, updated_at = now()",
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

    static String type(String column) {
        return switch (column) {
            case "received_at", "accepted_at", "closed_at" -> "timestamptz";
            case "amount" -> "numeric(14, 2)";
            default -> "text";
        };
    }

    @Override
    protected String[] check(long line, Map<String, String> fields, Consumer<RowError> errors) {
        return rules.check(line, fields, errors);
    }
}
