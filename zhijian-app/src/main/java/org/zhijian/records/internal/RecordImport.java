package org.zhijian.records.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.Checked;
import org.zhijian.records.Field;
import org.zhijian.records.RecordCheck;
import org.zhijian.records.RecordKind;
import org.zhijian.records.StoredRow;

/**
 * The import of one record kind: rows are checked by the kind's fields and must lie in the importer's area; a stored
 * record with the same values is left unchanged, one with other values is refused unless updating is chosen, new
 * ones are inserted with the importer's name.
 */
final class RecordImport implements ImportKind {

    private static final java.util.Set<String> CLASSIFIED =
            java.util.Set.of("category_code", "category_source", "hazard_code", "hazard_source");

    private final RecordKind kind;
    private final RecordCheck check;
    private final CurrentActor currentActor;
    private final List<String> stored;

    RecordImport(RecordKind kind, RecordCheck check, CurrentActor currentActor) {
        this.kind = kind;
        this.check = check;
        this.currentActor = currentActor;
        this.stored = kind.columns().stream().map(Field.Column::name).toList();
    }

    @Override
    public String key() {
        return kind.key();
    }

    @Override
    public String label() {
        return kind.label();
    }

    @Override
    public List<ImportColumn> columns() {
        return kind.fields().stream()
                .map(f -> new ImportColumn(
                        f.name(),
                        f.label(),
                        List.of(f.name()),
                        f.isRequired(),
                        f.exampleValue(),
                        f.hintText(),
                        f.options()))
                .toList();
    }

    @Override
    public List<String> stagingColumns() {
        return kind.columns().stream().map(c -> c.name() + " " + c.sqlType()).toList();
    }

    @Override
    public String keyColumn() {
        return kind.keyField();
    }

    /** Checks a row and refuses one outside the importer's area. */
    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        Checked checked = check.check(kind, row.line(), row.values());
        if (checked instanceof Checked.Invalid invalid) {
            invalid.errors().forEach(errors);
            return null;
        }
        StoredRow valid = ((Checked.Valid) checked).row();
        String county = valid.text("county_code");
        if (!currentActor.get().writeScope().covers(county, valid.text("prefecture_code"), null)) {
            errors.accept(new RowError(row.line(), kind.header("county_code"), county, "不在本账户的管辖范围"));
            return null;
        }
        return valid.asText(stored);
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        String key = kind.keyField();
        String same = "t." + key + " = s." + key + " and not s.rejected";
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_staging s set unchanged = true from " + kind.table() + " t where " + same
                    + " and " + sameValues());
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, reason = '" + kind.header(key)
                        + "已存在且内容不同（选择“更新已存在的记录”可覆盖）' from " + kind.table() + " t where " + same
                        + " and not s.unchanged");
            }
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        String by = currentActor.get().username().replace("'", "''");
        String key = kind.keyField();
        String onUpdate = kind.onUpdate().isEmpty() ? "" : ", " + kind.onUpdate();
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate("update " + kind.table() + " t set (" + String.join(", ", stored) + ") = ("
                    + prefixed("s.") + ")" + onUpdate + " from import_staging s where t." + key + " = s." + key
                    + " and not s.rejected and not s.unchanged");
            int inserted = st.executeUpdate("insert into " + kind.table() + " (" + String.join(", ", stored)
                    + ", created_by) select " + prefixed("s.") + ", '" + by + "' from import_staging s"
                    + " where not s.rejected and not s.unchanged and not exists (select 1 from " + kind.table()
                    + " t where t." + key + " = s." + key + ")");
            return new MergeCounts(inserted, updated);
        }
    }

    /**
     * A staged row equals the stored record: every column alike, except that a category or hazard the file leaves
     * empty matches whatever the classifier gave the record since.
     */
    private String sameValues() {
        List<String> plain =
                stored.stream().filter(c -> !CLASSIFIED.contains(c)).toList();
        StringBuilder sql = new StringBuilder(
                "(" + String.join(", ", plain.stream().map(c -> "t." + c).toList()) + ") is not distinct from ("
                        + String.join(", ", plain.stream().map(c -> "s." + c).toList()) + ")");
        for (String what : List.of("category", "hazard")) {
            if (stored.contains(what + "_source")) {
                sql.append(
                        " and (s.%1$s_source is null or (t.%1$s_code, t.%1$s_source) is not distinct from (s.%1$s_code, s.%1$s_source))"
                                .formatted(what));
            }
        }
        return sql.toString();
    }

    private String prefixed(String prefix) {
        return String.join(", ", stored.stream().map(c -> prefix + c).toList());
    }
}
