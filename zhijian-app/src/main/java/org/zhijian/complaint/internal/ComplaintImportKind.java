package org.zhijian.complaint.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/**
 * Complaints from files (a 12315 platform's export, a year of letters): one row per work order, checked like the
 * API; the work-order number identifies a row, and only the importer's area may be imported.
 */
@Component
class ComplaintImportKind implements ImportKind {

    private final ComplaintRules rules;
    private final CurrentActor currentActor;

    ComplaintImportKind(ComplaintRules rules, CurrentActor currentActor) {
        this.rules = rules;
        this.currentActor = currentActor;
    }

    @Override
    public String key() {
        return "complaints";
    }

    @Override
    public String label() {
        return "投诉举报";
    }

    @Override
    public List<ImportColumn> columns() {
        return ComplaintColumns.ALL;
    }

    @Override
    public List<String> stagingColumns() {
        List<String> columns = new ArrayList<>();
        ComplaintRules.STORED.forEach(c -> columns.add(c + " " + type(c)));
        return columns;
    }

    static String type(String column) {
        return switch (column) {
            case "received_at", "accepted_at", "closed_at" -> "timestamptz";
            case "amount" -> "numeric(14, 2)";
            default -> "text";
        };
    }

    @Override
    public String keyColumn() {
        return "complaint_no";
    }

    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        String[] values = rules.check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[9], values[10], null)) {
            errors.accept(new RowError(row.line(), ComplaintColumns.header("county_code"), values[9], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        String same = "(" + columns("c.") + ") is not distinct from (" + columns("s.") + ")";
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_staging s set unchanged = true from complaint c "
                    + "where c.complaint_no = s.complaint_no and not s.rejected and " + same);
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, reason = '工单编号已存在且内容不同"
                        + "（选择“更新已存在的记录”可覆盖）' from complaint c where c.complaint_no = s.complaint_no "
                        + "and not s.rejected and not s.unchanged");
            }
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        String by = currentActor.get().username().replace("'", "''");
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate("update complaint c set (" + columns("") + ", link_status, updated_at) = ("
                    + columns("s.") + ", null, now()) from import_staging s where c.complaint_no = s.complaint_no "
                    + "and not s.rejected and not s.unchanged");
            int inserted = st.executeUpdate("insert into complaint (" + columns("") + ", created_by) select "
                    + columns("s.") + ", '" + by + "' from import_staging s where not s.rejected and not s.unchanged "
                    + "and not exists (select 1 from complaint c where c.complaint_no = s.complaint_no)");
            return new MergeCounts(inserted, updated);
        }
    }

    private static String columns(String prefix) {
        return String.join(
                ", ", ComplaintRules.STORED.stream().map(c -> prefix + c).toList());
    }
}
