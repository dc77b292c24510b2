package org.zhijian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

class ScopedFiguresTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong counts = new AtomicLong();
    private final ScopedFigures<String> figures =
            new ScopedFigures<>(100, now::get, () -> counts.incrementAndGet() + "@" + currentScope());

    private static final Actor PROVINCE = new Actor("admin", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");
    private static final Actor CHANGSHA = new Actor(
            "changsha", "PREFECTURE_OFFICER", Scope.prefecture("430100"), Scope.prefecture("430100"), "127.0.0.1");

    private static String currentScope() {
        return new CurrentActor() {
            @Override
            protected Actor resolve() {
                return Actor.anonymous("-");
            }
        }.get().readScope().code();
    }

    @AfterEach
    void close() {
        figures.close();
    }

    @Test
    void counts_each_scope_in_that_scope_and_reuses_the_figures_while_fresh() {
        assertThat(figures.get(PROVINCE)).isEqualTo("1@");
        assertThat(figures.get(CHANGSHA)).isEqualTo("2@430100");
        now.addAndGet(99);
        assertThat(figures.get(PROVINCE)).isEqualTo("1@");
        assertThat(counts).hasValue(2);
    }

    @Test
    void serves_old_figures_at_once_and_recounts_them_in_the_background() {
        figures.get(CHANGSHA);
        now.addAndGet(100);
        assertThat(figures.get(CHANGSHA)).isEqualTo("1@430100");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!figures.get(CHANGSHA).equals("2@430100") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(figures.get(CHANGSHA)).isEqualTo("2@430100");
        assertThat(counts).hasValue(2);
    }
}
