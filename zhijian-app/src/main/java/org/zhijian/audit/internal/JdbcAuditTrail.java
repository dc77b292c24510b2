package org.zhijian.audit.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditEvent;
import org.zhijian.audit.AuditQuery;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.CsvCell;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.XlsxTable;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

    private static final List<String> HEADER =
            List.of("序号", "时间", "操作人", "角色", "地址", "操作", "对象类型", "对象", "说明", "修改前", "修改后");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;

    JdbcAuditTrail(JdbcClient jdbc, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
    }

    @Override
    public void record(AuditEntry entry) {
        Actor actor = currentActor.get();
        jdbc.sql("""
                insert into audit_event (actor, actor_role, address, action, object_type, object_id, summary,
                    before_json, after_json)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(
                        actor.username(),
                        actor.role(),
                        actor.address(),
                        entry.action(),
                        entry.objectType(),
                        entry.objectId(),
                        entry.summary(),
                        json(entry.before()),
                        json(entry.after()))
                .update();
    }

    @Override
    public PageResult<AuditEvent> search(AuditQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from audit_event" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<AuditEvent> items = jdbc.sql(
                        "select * from audit_event" + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .query(JdbcAuditTrail::event)
                .list();
        return new PageResult<>(items, total, page.page(), page.size());
    }

    @Override
    public void export(AuditQuery query, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get()
                .print(writer);
        try {
            forEach(query, e -> {
                try {
                    csv.printRecord(CsvCell.safe(java.util.Arrays.asList(columns(e))));
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    @Override
    public void exportXlsx(AuditQuery query, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable("审计日志", HEADER)) {
            forEach(query, e -> {
                if (table.rows() < XlsxTable.MAX_ROWS) {
                    table.add(columns(e));
                }
            });
            table.write(out);
        }
    }

    private void forEach(AuditQuery query, java.util.function.Consumer<AuditEvent> action) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        try (var events = jdbc
                .sql("select * from audit_event" + where + " order by id desc")
                .params(params)
                .query(JdbcAuditTrail::event)
                .stream()) {
            events.forEach(action);
        }
    }

    private static Object[] columns(AuditEvent e) {
        return new Object[] {
            e.id(),
            e.occurredAt(),
            e.actor(),
            e.actorRole(),
            e.address(),
            e.action(),
            e.objectType(),
            e.objectId(),
            e.summary(),
            e.before(),
            e.after()
        };
    }

    private static String where(AuditQuery q, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (present(q.actor())) {
            conditions.add("actor = :actor");
            params.put("actor", q.actor().strip());
        }
        if (present(q.action())) {
            conditions.add("action like :action");
            params.put("action", q.action().strip() + "%");
        }
        if (present(q.object())) {
            conditions.add("object_id = :object");
            params.put("object", q.object().strip());
        }
        if (q.from() != null) {
            conditions.add("occurred_at >= cast(:from as date)");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            conditions.add("occurred_at < cast(:to as date) + 1");
            params.put("to", q.to());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static AuditEvent event(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("actor_role"),
                rs.getString("address"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("summary"),
                rs.getString("before_json"),
                rs.getString("after_json"));
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
