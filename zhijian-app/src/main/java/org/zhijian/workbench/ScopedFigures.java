package org.zhijian.workbench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/**
 * Figures per access scope that are expensive to count (a million enterprises), recounted at most every
 * {@code ttlNanos}. After the first count a scope's figures are served at once: an older value is returned while
 * one background count per scope replaces it, so page views never queue behind a recount.
 */
final class ScopedFigures<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScopedFigures.class);

    private final long ttlNanos;
    private final LongSupplier clock;
    private final Supplier<T> count;
    private final Map<Scope, Stamped<T>> figures = new ConcurrentHashMap<>();
    private final Set<Scope> recounting = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "zhijian-figures");
        t.setDaemon(true);
        return t;
    });

    ScopedFigures(long ttlNanos, LongSupplier clock, Supplier<T> count) {
        this.ttlNanos = ttlNanos;
        this.clock = clock;
        this.count = count;
    }

    /** The figures of the actor's read scope, counted in the actor's name. */
    T get(Actor actor) {
        Scope scope = actor.readScope();
        Stamped<T> current = figures.get(scope);
        if (current == null) {
            return figures.computeIfAbsent(scope, s -> countAs(actor)).value();
        }
        if (stale(current) && recounting.add(scope)) {
            Stamped<T> latest = figures.get(scope);
            if (!stale(latest)) { // a recount finished between reading and flagging: nothing to do
                recounting.remove(scope);
                return latest.value();
            }
            background.execute(() -> {
                try {
                    figures.put(scope, countAs(actor));
                } catch (RuntimeException e) {
                    log.warn("首页数字重新统计失败，继续显示上次结果", e);
                } finally {
                    recounting.remove(scope);
                }
            });
        }
        return current.value();
    }

    private boolean stale(Stamped<T> figures) {
        return clock.getAsLong() - figures.at() >= ttlNanos;
    }

    private Stamped<T> countAs(Actor actor) {
        long at = clock.getAsLong();
        return new Stamped<>(at, CurrentActor.runAs(actor, count));
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    private record Stamped<T>(long at, T value) {}
}
