package org.zhijian.enterprise;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's table of records that name an enterprise (a complaint's respondent, an injury's manufacturer, a
 * decision's party, a listing's seller) with the columns {@code link_status, enterprise_uscc}: the owning module
 * subclasses this as a bean and calls {@link #linkPending} after records arrive; each record not looked at yet is
 * resolved against the registry ({@link EnterpriseManagement#resolve}: by credit code, else by a unique name match).
 * Records naming no enterprise at all keep a {@code null} status.
 */
public abstract class LinkedTable {

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;
    private final String table;
    private final String usccColumn;
    private final String nameColumn;

    protected LinkedTable(
            JdbcClient jdbc, EnterpriseManagement enterprises, String table, String usccColumn, String nameColumn) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.table = table;
        this.usccColumn = usccColumn;
        this.nameColumn = nameColumn;
    }

    private record Pending(long id, String uscc, String name) {}

    /** Links every record not looked at yet; returns how many. */
    public int linkPending() {
        List<Pending> pending = jdbc.sql(
                        "select id, %s, %s from %s where link_status is null and (%1$s is not null or %2$s <> '')"
                                .formatted(usccColumn, nameColumn, table))
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Resolution> found = pending.stream()
                .map(p -> enterprises.resolve(p.uscc(), p.name()))
                .toList();
        jdbc.sql("""
                update %s t set link_status = s.status, enterprise_uscc = s.uscc
                from unnest(cast(:ids as bigint[]), cast(:statuses as text[]), cast(:usccs as text[]))
                     as s(id, status, uscc)
                where t.id = s.id""".formatted(table))
                .param("ids", pending.stream().map(Pending::id).toArray(Long[]::new))
                .param("statuses", found.stream().map(Resolution::status).toArray(String[]::new))
                .param("usccs", found.stream().map(Resolution::uscc).toArray(String[]::new))
                .update();
        return pending.size();
    }
}
