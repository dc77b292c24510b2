package org.zhijian.sampling.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.platform.RecordsChanged;
import org.zhijian.sampling.InspectionFailed;
import org.zhijian.sampling.InspectionPassed;

/**
 * Derives sample verdicts from item results and publishes the verdict events.
 *
 * <p>The verdict of a sample is that of its latest testing round: undecided while any item of that round cannot
 * be judged; non-conforming when any item failed (class A when any failed item is of class A, else B);
 * conforming when every inspection item of the plan for the sample's category passed; otherwise undecided (items
 * still missing). A changed verdict marks the record for its event (outbox), so that a verdict set inside an
 * import transaction is announced after it commits.
 */
@Component
class SampleVerdicts {

    /** The recompute statement; {@code %s} is a condition on {@code res.record_id}. */
    static final String RECOMPUTE = """
            with latest as (
                select res.record_id, max(res.round) as round from sampling_result res where %s group by res.record_id
            ), counted as (
                select l.record_id, l.round,
                    count(*) filter (where res.verdict = 'FAIL') as failed,
                    count(*) filter (where res.verdict = 'INVALID') as invalid,
                    count(*) filter (where res.verdict = 'PASS') as passed,
                    coalesce(bool_or(res.verdict = 'FAIL' and pi.item_class = 'A'), false) as serious
                from latest l
                join sampling_result res on res.record_id = l.record_id and res.round = l.round
                join sampling_plan_item pi on pi.id = res.plan_item_id
                group by l.record_id, l.round
            ), decided as (
                select c.*, r.id,
                    case when c.invalid > 0 then 'UNDECIDED'
                         when c.failed > 0 then 'NONCONFORMING'
                         when c.passed >= (select count(*) from sampling_plan_item pi
                                           where pi.plan_id = r.plan_id and pi.category_code = r.category_code)
                             then 'CONFORMING'
                         else 'UNDECIDED' end as new_verdict
                from counted c join sampling_record r on r.id = c.record_id
            )
            update sampling_record r set
                verdict = d.new_verdict,
                failure_class = case when d.new_verdict = 'NONCONFORMING' then case when d.serious then 'A' else 'B' end end,
                verdict_round = d.round,
                report_no = rep.report_no,
                report_date = rep.report_date,
                verdict_event_pending = r.verdict_event_pending
                    or (d.new_verdict in ('CONFORMING', 'NONCONFORMING')
                        and (r.verdict is distinct from d.new_verdict or r.verdict_round is distinct from d.round)),
                updated_at = now()
            from decided d left join sampling_report rep on rep.record_id = d.record_id and rep.round = d.round
            where r.id = d.id""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    SampleVerdicts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The statement that cancels open rectification orders of records a re-test found conforming. */
    static String dropSettledFollowUps(String condition) {
        return "delete from sampling_followup f using sampling_record r where r.id = f.record_id and r.verdict = 'CONFORMING' "
                + "and f.rectified_on is null and f.rechecked_on is null and " + condition;
    }

    void dropSettledFollowUps(long recordId) {
        jdbc.sql(dropSettledFollowUps("f.record_id = :id"))
                .param("id", recordId)
                .update();
    }

    void recompute(long recordId) {
        jdbc.sql(RECOMPUTE.formatted("res.record_id = :id"))
                .param("id", recordId)
                .update();
    }

    /** Publishes the events of changed verdicts and clears their marks. */
    @Transactional
    void publishPending() {
        List<Object[]> pending = jdbc.sql("""
                        select id, sample_no, enterprise_uscc, category_code, county_code, verdict_round, verdict, failure_class
                        from sampling_record where verdict_event_pending order by id for update skip locked""")
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getString(7),
                    rs.getString(8)
                })
                .list();
        for (Object[] p : pending) {
            if ("NONCONFORMING".equals(p[6])) {
                events.publishEvent(new InspectionFailed(
                        (long) p[0], (String) p[1], (String) p[2], (String) p[3], (String) p[4], (int) p[5], (String)
                                p[7]));
            } else if ("CONFORMING".equals(p[6])) {
                events.publishEvent(new InspectionPassed(
                        (long) p[0], (String) p[1], (String) p[2], (String) p[3], (String) p[4], (int) p[5]));
            }
            jdbc.sql("update sampling_record set verdict_event_pending = false where id = :id")
                    .param("id", p[0])
                    .update();
        }
        if (!pending.isEmpty()) {
            events.publishEvent(new RecordsChanged("sampling"));
        }
    }
}
