package org.zhijian.credit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.algo.credit.CreditScorer;
import org.zhijian.algo.credit.Fact;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.RegistryEntry;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * The monthly classification of every operating enterprise under one scheme version, in slices of
 * {@value #SLICE} enterprises in credit-code order, each slice stored with the run's progress in one transaction: a
 * run cut short resumes after the last slice stored. Every run of a month is a new pass that overwrites each
 * enterprise's row; rows the pass did not reach (enterprises no longer operating) are dropped at its end, so a
 * re-run never leaves a month without classes. The class changes against the month before are recorded and the moves
 * to C or D handed to {@link ClassChanges}.
 */
@Component
class ClassificationRun {

    static final int SLICE = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(ClassificationRun.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EnterpriseManagement enterprises;
    private final CreditFiles files;
    private final ClassRows rows;
    private final ClassChanges changes;
    private final NationalClasses nationals;
    private final ClassReads reads;

    ClassificationRun(
            JdbcClient jdbc,
            TransactionTemplate tx,
            EnterpriseManagement enterprises,
            CreditFiles files,
            ClassRows rows,
            ClassChanges changes,
            NationalClasses nationals,
            ClassReads reads) {
        this.nationals = nationals;
        this.reads = reads;
        this.jdbc = jdbc;
        this.tx = tx;
        this.enterprises = enterprises;
        this.files = files;
        this.rows = rows;
        this.changes = changes;
    }

    /** Where a run starts: its pass and the last enterprise already done. */
    private record Start(int pass, String after) {}

    synchronized void run(YearMonth month, CreditScheme scheme, String by, boolean inUse) {
        files.refreshDirty();
        Start start = begin(month, scheme.version(), by);
        String after = start.after();
        long began = System.nanoTime();
        while (true) {
            String from = after;
            List<RegistryEntry> slice =
                    CurrentActor.runAs(Actor.system("credit"), () -> enterprises.operating(from, SLICE));
            if (slice.isEmpty()) {
                break;
            }
            List<ClassRows.Row> scored = score(slice, scheme, month);
            String last = slice.get(slice.size() - 1).uscc();
            tx.executeWithoutResult(status -> {
                rows.store(month, scheme.version(), start.pass(), scored);
                jdbc.sql("update credit_run set after_uscc = ?, classified = classified + ? "
                                + "where month = ? and scheme_version = ?")
                        .params(last, scored.size(), Date.valueOf(month.atDay(1)), scheme.version())
                        .update();
            });
            after = last;
        }
        tx.executeWithoutResult(status -> finish(month, scheme.version(), start.pass()));
        reads.forgetDrawClasses();
        LOG.info("信用风险分类 {}（{}）完成，用时 {} ms", month, scheme.version(), (System.nanoTime() - began) / 1_000_000);
        if (inUse) {
            changes.notifyMoves(month, scheme.version());
        }
    }

    /** The slice's enterprises scored on their facts up to the month's end (and the national classes overriding). */
    private List<ClassRows.Row> score(List<RegistryEntry> slice, CreditScheme scheme, YearMonth month) {
        LocalDate asOf = month.atEndOfMonth();
        Map<String, List<Fact>> facts = facts(slice, asOf);
        Map<String, String> national = nationals.overrides()
                ? nationals.of(
                        month, slice.get(0).uscc(), slice.get(slice.size() - 1).uscc())
                : Map.of();
        List<ClassRows.Row> scored = new ArrayList<>(slice.size());
        for (RegistryEntry e : slice) {
            List<Fact> own = facts.getOrDefault(e.uscc(), new ArrayList<>());
            if (e.establishedOn() != null) {
                own.add(new Fact("ESTABLISHED", e.establishedOn(), null, Double.NaN, "成立于 " + e.establishedOn()));
            }
            scored.add(new ClassRows.Row(e, CreditScorer.score(scheme, asOf, own), national.get(e.uscc())));
        }
        return scored;
    }

    private Start begin(YearMonth month, String version, String by) {
        Date m = Date.valueOf(month.atDay(1));
        return tx.execute(status -> {
            var existing = jdbc.sql("select status, pass, after_uscc from credit_run "
                            + "where month = ? and scheme_version = ? for update")
                    .params(m, version)
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)})
                    .optional();
            if (existing.isEmpty()) {
                jdbc.sql(
                                "insert into credit_run (month, scheme_version, status, started_by) values (?, ?, 'RUNNING', ?)")
                        .params(m, version, by)
                        .update();
                return new Start(1, "");
            }
            Object[] row = existing.get();
            if ("RUNNING".equals(row[0])) {
                LOG.info("信用风险分类 {}（{}）从 {} 之后续跑", month, version, row[2]);
                return new Start((int) row[1], (String) row[2]);
            }
            jdbc.sql(
                            "update credit_run set status = 'RUNNING', pass = pass + 1, after_uscc = '', classified = 0, "
                                    + "started_by = ?, started_at = now(), finished_at = null where month = ? and scheme_version = ?")
                    .params(by, m, version)
                    .update();
            return new Start((int) row[1] + 1, "");
        });
    }

    /** The facts of a slice's enterprises up to the day, by credit code (read as one range of the index). */
    private Map<String, List<Fact>> facts(List<RegistryEntry> slice, LocalDate asOf) {
        Map<String, List<Fact>> facts = new HashMap<>();
        jdbc.sql("select uscc, kind, day, until, amount, reference from credit_fact "
                        + "where uscc between ? and ? and day <= ?")
                .params(slice.get(0).uscc(), slice.get(slice.size() - 1).uscc(), Date.valueOf(asOf))
                .query(rs -> {
                    java.math.BigDecimal amount = rs.getBigDecimal(5);
                    facts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Fact(
                                    rs.getString(2),
                                    rs.getObject(3, LocalDate.class),
                                    rs.getObject(4, LocalDate.class),
                                    amount == null ? Double.NaN : amount.doubleValue(),
                                    rs.getString(6)));
                });
        return facts;
    }

    private void finish(YearMonth month, String version, int pass) {
        Date m = Date.valueOf(month.atDay(1));
        jdbc.sql("delete from credit_class where month = ? and scheme_version = ? and pass < ?")
                .params(m, version, pass)
                .update();
        int changed = changes.record(month, version);
        jdbc.sql("update credit_run set status = 'DONE', finished_at = now() where month = ? and scheme_version = ?")
                .params(m, version)
                .update();
        LOG.info("信用风险分类 {}（{}）：类别变化 {} 家", month, version, changed);
    }
}
