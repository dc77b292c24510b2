package org.zhijian.injury.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/** Injury cases from files (a surveillance hospital's monthly export): one row per case, within the importer's area. */
@Component
class InjuryImportKind implements ImportKind {

    private static final String COLUMNS = String.join(", ", InjuryRules.STORED);

    private final InjuryRules rules;
    private final CurrentActor currentActor;

    InjuryImportKind(InjuryRules rules, CurrentActor currentActor) {
        this.rules = rules;
        this.currentActor = currentActor;
    }

    @Override
    public String key() {
        return "injuries";
    }

    @Override
    public String label() {
        return "产品伤害";
    }

    @Override
    public List<ImportColumn> columns() {
        return InjuryColumns.ALL;
    }

    @Override
    public List<String> stagingColumns() {
        return InjuryRules.STORED.stream()
                .map(c -> c + " " + InjuryRules.type(c))
                .toList();
    }

    @Override
    public String keyColumn() {
        return "case_no";
    }

    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        String[] values = rules.check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[2], values[3], null)) {
            errors.accept(new RowError(row.line(), InjuryColumns.header("county_code"), values[2], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_staging s set unchanged = true from injury i where i.case_no = s.case_no "
                    + "and not s.rejected and (" + prefixed("i.") + ") is not distinct from (" + prefixed("s.") + ")");
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, reason = '病例编号已存在且内容不同' "
                        + "from injury i where i.case_no = s.case_no and not s.rejected and not s.unchanged");
            }
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        String by = currentActor.get().username().replace("'", "''");
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate(
                    "update injury i set (" + COLUMNS + ", link_status) = (" + prefixed("s.")
                            + ", null) from import_staging s where i.case_no = s.case_no and not s.rejected and not s.unchanged");
            int inserted = st.executeUpdate("insert into injury (" + COLUMNS + ", created_by) select " + prefixed("s.")
                    + ", '" + by + "' from import_staging s where not s.rejected and not s.unchanged "
                    + "and not exists (select 1 from injury i where i.case_no = s.case_no)");
            return new MergeCounts(inserted, updated);
        }
    }

    private static String prefixed(String prefix) {
        return String.join(
                ", ", InjuryRules.STORED.stream().map(c -> prefix + c).toList());
    }
}
