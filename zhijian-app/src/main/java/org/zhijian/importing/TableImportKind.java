package org.zhijian.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.zhijian.platform.RowError;

/**
 * An {@link ImportKind} for records kept in one table and identified by one column (a work-order, case or decision
 * number): rows are checked by {@link #check}, a stored record with the same values is left unchanged, one with other
 * values is refused unless updating is chosen, new ones are inserted with the importer's name.
 */
public abstract class TableImportKind implements ImportKind {

    private final String key;
    private final String label;
    private final List<ImportColumn> columns;
    private final String table;
    private final String keyColumn;
    private final List<String> stored;
    private final UnaryOperator<String> types;
    private final String resetOnUpdate;

    /**
     * @param table the kind's table
     * @param keyColumn the stored column that identifies a record
     * @param stored the stored columns {@link #check} fills, in its order
     * @param types the SQL type of each stored column
     * @param resetOnUpdate extra assignments when a record is updated (e.g. {@code link_status = null}), or empty
     */
    protected TableImportKind(
            String key,
            String label,
            List<ImportColumn> columns,
            String table,
            String keyColumn,
            List<String> stored,
            UnaryOperator<String> types,
            String resetOnUpdate) {
        this.key = key;
        this.label = label;
        this.columns = List.copyOf(columns);
        this.table = table;
        this.keyColumn = keyColumn;
        this.stored = List.copyOf(stored);
        this.types = types;
        this.resetOnUpdate = resetOnUpdate;
    }

    /** Checks a row: the stored values in order, or {@code null} after reporting each problem. */
    protected abstract String[] check(ImportRow row, Consumer<RowError> errors);

    /** The name the importer is stored under. */
    protected abstract String importer();

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final List<ImportColumn> columns() {
        return columns;
    }

    @Override
    public final List<String> stagingColumns() {
        return stored.stream().map(c -> c + " " + types.apply(c)).toList();
    }

    @Override
    public final String keyColumn() {
        return keyColumn;
    }

    @Override
    public final String[] stage(ImportRow row, Consumer<RowError> errors) {
        return check(row, errors);
    }

    @Override
    public final void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        String header = columns.stream()
                .filter(c -> c.key().equals(keyColumn))
                .map(ImportColumn::header)
                .findFirst()
                .orElse(keyColumn);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_staging s set unchanged = true from " + table + " t where t." + keyColumn
                    + " = s." + keyColumn + " and not s.rejected and (" + prefixed("t.") + ") is not distinct from ("
                    + prefixed("s.") + ")");
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, reason = '" + header
                        + "已存在且内容不同（选择“更新已存在的记录”可覆盖）' from " + table + " t where t." + keyColumn + " = s."
                        + keyColumn + " and not s.rejected and not s.unchanged");
            }
        }
    }

    @Override
    public final MergeCounts merge(Connection connection) throws SQLException {
        String by = importer().replace("'", "''");
        String all = String.join(", ", stored);
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate("update " + table + " t set (" + all + ") = (" + prefixed("s.") + ")"
                    + (resetOnUpdate.isEmpty() ? "" : ", " + resetOnUpdate) + " from import_staging s where t."
                    + keyColumn + " = s." + keyColumn + " and not s.rejected and not s.unchanged");
            int inserted = st.executeUpdate("insert into " + table + " (" + all + ", created_by) select "
                    + prefixed("s.")
                    + ", '" + by + "' from import_staging s where not s.rejected and not s.unchanged and not exists "
                    + "(select 1 from " + table + " t where t." + keyColumn + " = s." + keyColumn + ")");
            return new MergeCounts(inserted, updated);
        }
    }

    /** Inserts one record checked by {@link #check} (a form or API request), as {@code by}; returns its id. */
    public final long insert(org.springframework.jdbc.core.simple.JdbcClient jdbc, String[] values, String by) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        java.util.List<String> casts = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            params.put("p" + i, values[i]);
            casts.add("cast(:p" + i + " as " + types.apply(stored.get(i)) + ")");
        }
        params.put("by", by);
        return jdbc.sql("insert into " + table + " (" + String.join(", ", stored) + ", created_by) values ("
                        + String.join(", ", casts) + ", :by) returning id")
                .params(params)
                .query(Long.class)
                .single();
    }

    private String prefixed(String prefix) {
        return String.join(", ", stored.stream().map(c -> prefix + c).toList());
    }
}
