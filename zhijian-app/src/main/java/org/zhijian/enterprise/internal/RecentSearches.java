package org.zhijian.enterprise.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhijian.importing.RecordsImported;

/**
 * Recent results of expensive enterprise search steps (totals, the ranked credit codes of a text search), so that
 * paging through a result, or many officers running the same search, do the work once. A result is fresh for
 * {@link #TTL_NANOS}; for as long again it is still served while one background computation replaces it, so no
 * request waits for a recount. Everything is forgotten as soon as this server changes or imports enterprises; a
 * change made by another process (a CLI import against a running server's database) shows after at most twice the
 * time to live. The rows of a page are always read fresh.
 */
@Component
class RecentSearches implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RecentSearches.class);

    /** 60 seconds. */
    static final long TTL_NANOS = 60_000_000_000L;

    private static final int MAX_ENTRIES = 2_000;

    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhijian-search-refresh");
        t.setDaemon(true);
        return t;
    });

    RecentSearches() {
        this(System::nanoTime);
    }

    RecentSearches(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * The result of a query with these parameters, computed by {@code query} when not known or too old. Requests
     * that arrive while the same result is being computed wait for it instead of computing it again.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String sql, Map<String, Object> params, Supplier<T> query) {
        String key = key(sql, params);
        while (true) {
            long now = clock.getAsLong();
            Entry entry = entries.get(key);
            if (entry != null && (!entry.result().isDone() || now - entry.at() < TTL_NANOS)) {
                return (T) await(entry.result());
            }
            if (entry != null
                    && now - entry.at() < 2 * TTL_NANOS
                    && !entry.result().isCompletedExceptionally()) {
                refreshLater(key, entry, query);
                return (T) await(entry.result());
            }
            Entry mine = new Entry(now, new CompletableFuture<>());
            boolean claimed =
                    entry == null ? entries.putIfAbsent(key, mine) == null : entries.replace(key, entry, mine);
            if (claimed) {
                return compute(key, mine, query);
            }
        }
    }

    /** Recomputes a result that is past its time to live in the background, once, while it is still served. */
    private <T> void refreshLater(String key, Entry stale, Supplier<T> query) {
        if (!stale.refreshing().compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            long at = clock.getAsLong();
            try {
                CompletableFuture<Object> fresh = CompletableFuture.completedFuture(query.get());
                entries.replace(key, stale, new Entry(at, fresh));
            } catch (RuntimeException e) {
                log.warn("重新计算企业搜索结果失败", e);
                entries.remove(key, stale);
            }
        });
    }

    private <T> T compute(String key, Entry mine, Supplier<T> query) {
        try {
            T result = query.get();
            mine.result().complete(result);
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
            return result;
        } catch (RuntimeException | Error e) {
            entries.remove(key, mine);
            mine.result().completeExceptionally(e);
            throw e;
        }
    }

    private static Object await(CompletableFuture<Object> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Forgets all results once the current transaction commits (at once when there is none). */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    entries.clear();
                }
            });
        } else {
            entries.clear();
        }
    }

    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(RecordsImported imported) {
        if ("enterprises".equals(imported.kind())) {
            entries.clear();
        }
    }

    private static String key(String sql, Map<String, Object> params) {
        StringBuilder key = new StringBuilder(sql);
        new TreeMap<>(params)
                .forEach((name, value) -> key.append('\u0000')
                        .append(name)
                        .append('=')
                        .append(value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value)));
        return key.toString();
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    private record Entry(long at, CompletableFuture<Object> result, AtomicBoolean refreshing) {
        Entry(long at, CompletableFuture<Object> result) {
            this(at, result, new AtomicBoolean());
        }
    }
}
