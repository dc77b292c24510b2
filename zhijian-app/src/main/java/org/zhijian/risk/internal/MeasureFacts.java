package org.zhijian.risk.internal;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CreditFact;
import org.zhijian.platform.CreditFactSource;

/**
 * Measures taken against an enterprise on a warning, for its credit file: interviews (约谈, {@code INTERVIEW}) and
 * recall requests ({@code RECALL_ORDERED}), dated the day they were taken, by the warning's region.
 */
@Component
class MeasureFacts implements CreditFactSource {

    static final String ORIGIN = "risk";

    private final JdbcClient jdbc;

    MeasureFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "warning-measures";
    }

    @Override
    public String label() {
        return "风险预警处置";
    }

    @Override
    public String origin() {
        return ORIGIN;
    }

    @Override
    public void forEach(Consumer<CreditFact> sink) {
        jdbc.sql("""
                select m.enterprise_uscc, m.kind, m.id, cast(m.created_at as date), w.region_code,
                    case m.kind when 'INTERVIEW' then '约谈企业' else '要求召回' end
                        || coalesce('：' || nullif(m.title, ''), ''), w.id
                from risk_measure m join risk_warning w on w.id = m.warning_id
                where m.enterprise_uscc is not null and m.enterprise_uscc <> ''
                  and m.kind in ('INTERVIEW', 'RECALL_REQUEST')""").query(rs -> {
            sink.accept(new CreditFact(
                    rs.getString(1),
                    "INTERVIEW".equals(rs.getString(2)) ? "INTERVIEW" : "RECALL_ORDERED",
                    "预警 #" + rs.getLong(7) + " 措施 #" + rs.getLong(3),
                    rs.getObject(4, LocalDate.class),
                    null,
                    rs.getString(5),
                    rs.getString(6),
                    null,
                    "/risk/warnings/" + rs.getLong(7)));
        });
    }
}
