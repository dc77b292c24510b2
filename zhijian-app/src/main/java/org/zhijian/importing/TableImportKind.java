package org.zhijian.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;

/**
 * An {@link ImportKind} for records kept in one table and identified by one column (a work-order, case or decision
 * number), located by county: rows are checked by {@link #check} and must lie in the importer's area, a stored record
 * with the same values is left unchanged, one with other values is refused unless updating is chosen, new ones are
 * inserted with the importer's name. {@link #register} takes one record from a form or an API request the same way.
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
    private final CurrentActor currentActor;
    private final int county;
    private final int prefecture;

    /**
     * @param table the kind's table
     * @param keyColumn the stored column that identifies a record
     * @param stored the stored columns {@link #check} fills, in its order
     * @param types the SQL type of each stored column
     * @param resetOnUpdate extra assignments when a record is updated (e.g. {@code link_status = null}), or empty
     * @param currentActor whose area rows must lie in ({@code county_code}, {@code prefecture_code} among the stored
     *     columns) and whose name is stored with new records
     */
    protected TableImportKind(
            String key,
            String label,
            List<ImportColumn> columns,
            String table,
            String keyColumn,
            List<String> stored,
            UnaryOperator<String> types,
            String resetOnUpdate,
            CurrentActor currentActor) {
        this.key = key;
        this.label = label;
        this.columns = List.copyOf(columns);
        this.table = table;
        this.keyColumn = keyColumn;
        this.stored = List.copyOf(stored);
        this.types = types;
        this.resetOnUpdate = resetOnUpdate;
        this.currentActor = currentActor;
        this.county = stored.indexOf("county_code");
        this.prefecture = stored.indexOf("prefecture_code");
        if (county < 0 || prefecture < 0) {
            throw new IllegalArgumentException(table + ": a table import needs county_code and prefecture_code");
        }
    }

    /**
     * Checks a record's fields (a file row or a request): the stored values in order, or {@code null} after reporting
     * each problem with the given row number.
     */
    protected abstract String[] check(long line, Map<String, String> fields, Consumer<RowError> errors);

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

    /** Checks a row and refuses one outside the importer's area. */
    @Override
    public final String[] stage(ImportRow row, Consumer<RowError> errors) {
        String[] values = check(row.line(), row.values(), errors);
        if (values != null && !currentActor.get().writeScope().covers(values[county], values[prefecture], null)) {
            errors.accept(new RowError(row.line(), header("county_code"), values[county], "不在本账户的管辖范围"));
            return null;
        }
        return values;
    }

    /**
     * Registers one record from a form or an API request, checked as a file row is: invalid fields are refused with
     * {@code invalid} (every problem listed), a record outside the actor's area with 403, an existing key with
     * {@code duplicate}; returns the new record's id.
     */
    public final long register(JdbcClient jdbc, Map<String, String> fields, ErrorCode invalid, ErrorCode duplicate) {
        List<RowError> problems = new ArrayList<>();
        String[] values = check(1, fields, problems::add);
        if (values == null) {
            throw new BusinessRuleViolation(
                    invalid,
                    String.join(
                            "；",
                            problems.stream()
                                    .map(p -> p.column() + "：" + p.message())
                                    .toList()));
        }
        currentActor.get().checkWrite(values[county], values[prefecture], null);
        int key = stored.indexOf(keyColumn);
        if (jdbc.sql("select count(*) from " + table + " where " + keyColumn + " = :key")
                        .param("key", values[key])
                        .query(Long.class)
                        .single()
                > 0) {
            throw new BusinessRuleViolation(duplicate, values[key]);
        }
        long id = insert(jdbc, values, currentActor.get().username());
        arrived();
        return id;
    }

    /**
     * Work to do once records have arrived, from a file or one by one, such as linking them to the registry or
     * classifying them; nothing by default.
     */
    protected void arrived() {}

    /** After an import of this kind: {@link #arrived}. */
    @EventListener
    public void imported(RecordsImported event) {
        if (event.kind().equals(key())) {
            arrived();
        }
    }

    private String header(String key) {
        return columns.stream()
                .filter(c -> c.key().equals(key))
                .map(ImportColumn::header)
                .findFirst()
                .orElse(key);
    }

    @Override
    public final void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        String header = header(keyColumn);
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
        String by = currentActor.get().username().replace("'", "''");
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

    /** Inserts one record checked by {@link #check}, as {@code by}; returns its id. */
    private long insert(JdbcClient jdbc, String[] values, String by) {
        Map<String, Object> params = new HashMap<>();
        List<String> casts = new ArrayList<>();
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
