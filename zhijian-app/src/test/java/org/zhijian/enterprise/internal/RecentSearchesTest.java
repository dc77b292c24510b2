package org.zhijian.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.zhijian.importing.RecordsImported;

class RecentSearchesTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicLong counted = new AtomicLong();
    private final RecentSearches counts = new RecentSearches(now::get);

    private long count(String sql, Map<String, Object> params, long total) {
        return counts.<Long>get(sql, params, () -> {
            counted.incrementAndGet();
            return total;
        });
    }

    @Test
    void reuses_a_total_for_the_same_query_and_parameters_within_the_time_to_live() {
        assertThat(count("q", Map.of("bigrams", new String[] {"食品"}), 7)).isEqualTo(7);
        now.addAndGet(RecentSearches.TTL_NANOS - 1);
        assertThat(count("q", Map.of("bigrams", new String[] {"食品"}), 8)).isEqualTo(7);
        assertThat(counted).hasValue(1);
    }

    @Test
    void serves_a_result_past_its_time_to_live_while_it_is_recomputed_in_the_background() throws Exception {
        count("q", Map.of("region", "430100"), 7);
        now.addAndGet(RecentSearches.TTL_NANOS);
        assertThat(count("q", Map.of("region", "430100"), 8)).isEqualTo(7);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (count("q", Map.of("region", "430100"), 9) != 8 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(count("q", Map.of("region", "430100"), 9)).isEqualTo(8);
        assertThat(counted).hasValue(2);
    }

    @Test
    void counts_again_at_once_when_a_result_is_twice_its_time_to_live_old() {
        count("q", Map.of("region", "430100"), 7);
        now.addAndGet(2 * RecentSearches.TTL_NANOS);
        assertThat(count("q", Map.of("region", "430100"), 8)).isEqualTo(8);
    }

    @Test
    void keeps_totals_of_different_parameters_apart() {
        count("q", Map.of("bigrams", new String[] {"食品"}), 7);
        assertThat(count("q", Map.of("bigrams", new String[] {"电器"}), 3)).isEqualTo(3);
        assertThat(count("other", Map.of("bigrams", new String[] {"食品"}), 5)).isEqualTo(5);
    }

    @Test
    void forgets_totals_when_enterprises_change_or_are_imported() {
        count("q", Map.of(), 7);
        counts.forgetAfterCommit();
        assertThat(count("q", Map.of(), 8)).isEqualTo(8);
        counts.on(new RecordsImported("complaints", 1, 1, 0));
        assertThat(count("q", Map.of(), 9)).isEqualTo(8);
        counts.on(new RecordsImported("enterprises", 2, 1, 0));
        assertThat(count("q", Map.of(), 9)).isEqualTo(9);
    }

    @Test
    void computes_a_result_once_for_requests_that_arrive_while_it_is_being_computed() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread first = new Thread(() -> counts.<Long>get("q", Map.of(), () -> {
            counted.incrementAndGet();
            started.countDown();
            await(release);
            return 7L;
        }));
        first.start();
        started.await();
        java.util.concurrent.CompletableFuture<Long> second =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> count("q", Map.of(), 8));
        Thread.sleep(50);
        assertThat(second).isNotDone();
        release.countDown();
        assertThat(second.get()).isEqualTo(7);
        first.join();
        assertThat(counted).hasValue(1);
    }

    @Test
    void does_not_keep_a_failed_computation() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> counts.<Long>get("q", Map.of(), () -> {
                    throw new IllegalStateException("database gone");
                }))
                .hasMessage("database gone");
        assertThat(count("q", Map.of(), 8)).isEqualTo(8);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
