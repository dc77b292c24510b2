package org.zhijian.importing.internal;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An import's own JDBC transaction made visible to Spring while events are published in it: the event publication
 * registry then stores each event on the import's connection, so the event commits or rolls back with the import's
 * rows, and the listeners that wait for the commit run once it happened — after this is unbound, so that their own
 * transactions start afresh. Use: {@code try (var tx = BoundTransaction.bind(ds, c)) { publish…; c.commit();
 * tx.committed(); }}
 */
final class BoundTransaction implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoundTransaction.class);

    private final DataSource dataSource;
    private boolean committed;
    private boolean closed;

    private BoundTransaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static BoundTransaction bind(DataSource dataSource, Connection connection) {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalStateException("an import runs outside any other transaction");
        }
        TransactionSynchronizationManager.bindResource(dataSource, new ActiveHolder(connection));
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
        return new BoundTransaction(dataSource);
    }

    /** A holder of a connection in a transaction, so that transactional code joins it rather than suspending it. */
    private static final class ActiveHolder extends ConnectionHolder {
        ActiveHolder(Connection connection) {
            super(connection);
            setTransactionActive(true);
        }
    }

    /** The connection has committed: unbinds it and runs what waits for the commit. */
    void committed() {
        committed = true;
        List<TransactionSynchronization> waiting = unbind();
        for (TransactionSynchronization s : waiting) {
            try {
                s.afterCommit();
            } catch (RuntimeException e) {
                // the import has committed; the reaction's publication stays incomplete and runs again at restart
                LOG.warn("导入已提交，但后续处理失败，将在重启后重试", e);
            }
        }
        waiting.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    }

    /** Without {@link #committed}: the events published are dropped with the rolled-back rows. */
    @Override
    public void close() {
        if (!committed && !closed) {
            unbind().forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        }
    }

    private List<TransactionSynchronization> unbind() {
        closed = true;
        List<TransactionSynchronization> waiting = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(false);
        TransactionSynchronizationManager.unbindResource(dataSource);
        return waiting;
    }
}
