package org.zhijian.records.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.Resolution;
import org.zhijian.records.Link;
import org.zhijian.records.RecordKind;

/**
 * Links a kind's records that name an enterprise to the registry ({@link EnterpriseManagement#resolve}: by credit
 * code, else by a unique name match), each record not looked at yet ({@code link_status} is null); records naming
 * no enterprise at all keep a {@code null} status.
 */
@Component
class RecordLinker {

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;

    RecordLinker(JdbcClient jdbc, EnterpriseManagement enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    private record Pending(long id, String uscc, String name) {}

    /** Links every record of the kind not looked at yet; returns how many. */
    int linkPending(RecordKind kind) {
        if (kind.link().isEmpty()) {
            return 0;
        }
        Link link = kind.link().get();
        List<Pending> pending = jdbc.sql(
                        "select id, %s, %s from %s where link_status is null and (%1$s is not null or %2$s <> '')"
                                .formatted(link.usccColumn(), link.nameColumn(), kind.table()))
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
                where t.id = s.id""".formatted(kind.table()))
                .param("ids", pending.stream().map(Pending::id).toArray(Long[]::new))
                .param("statuses", found.stream().map(Resolution::status).toArray(String[]::new))
                .param("usccs", found.stream().map(Resolution::uscc).toArray(String[]::new))
                .update();
        return pending.size();
    }
}
