package org.zhijian.recall.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * One recall from a JSON request, checked exactly like a template row; a domestic recall naming a county may only be
 * registered by an officer covering it.
 */
@Component
class RecallRegistration {

    private final JdbcClient jdbc;
    private final RecallImportKind kind;
    private final RecallsImported followUp;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    RecallRegistration(
            JdbcClient jdbc,
            RecallImportKind kind,
            RecallsImported followUp,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.followUp = followUp;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    long register(Map<String, String> fields) {
        Actor actor = currentActor.get();
        actor.checkMayWrite();
        List<RowError> problems = new ArrayList<>();
        String[] values = kind.stage(new ImportRow(1, fields), problems::add);
        if (values == null) {
            throw new BusinessRuleViolation(
                    RecallErrors.INVALID,
                    String.join(
                            "；",
                            problems.stream()
                                    .map(p -> p.column() + "：" + p.message())
                                    .toList()));
        }
        String county = values[RecallImportKind.FIELDS.indexOf("county_code") + 1];
        if (county != null) {
            actor.checkWrite(county, values[RecallImportKind.FIELDS.size() + 1], null);
        }
        String source = values[1];
        String reference = values[2];
        boolean exists = jdbc.sql("select count(*) from recall where source = ? and reference = ?")
                        .params(source, reference)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            throw new BusinessRuleViolation(RecallErrors.DUPLICATE, reference);
        }
        long id = kind.insert(jdbc, values, actor.username());
        audit.record(AuditEntry.of("RECALL_REGISTER", "recall", Long.toString(id), "登记召回 " + reference));
        followUp.arrived();
        return id;
    }
}
