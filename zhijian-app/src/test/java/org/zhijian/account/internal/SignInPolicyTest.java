package org.zhijian.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private final SignInPolicy policy = SignInPolicy.defaults();

    private static Instant ago(int seconds) {
        return NOW.minusSeconds(seconds);
    }

    private static SignInPolicy.History pair(Instant... recent) {
        return new SignInPolicy.History(List.of(recent), 0, null, recent.length, 1, null, NOW);
    }

    @Test
    void allowsFourPairFailures() {
        assertThat(policy.refusal(pair(ago(10), ago(20), ago(30), ago(40)))).isEmpty();
    }

    @Test
    void locksThePairForFifteenMinutesAfterTheFifthFailureInTheWindow() {
        var refusal = policy.refusal(pair(ago(60), ago(70), ago(80), ago(90), ago(100)));

        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(SignInPolicy.Reason.PAIR_LOCKED);
            assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(15 * 60 - 60));
        });
    }

    @Test
    void doesNotLockWhenTheFiveFailuresSpanMoreThanTheWindow() {
        assertThat(policy.refusal(pair(ago(10), ago(20), ago(30), ago(40), ago(16 * 60))))
                .isEmpty();
    }

    @Test
    void unlocksWhenTheLockoutHasPassed() {
        assertThat(policy.refusal(pair(ago(901), ago(910), ago(920), ago(930), ago(940))))
                .isEmpty();
    }

    @Test
    void slowsAnAccountWithADelayThatDoublesAndStopsAtTheMaximum() {
        assertThat(policy.delay(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delay(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delay(9)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.delay(12)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delay(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void refusesASlowedAccountOnlyUntilItsDelayHasPassed() {
        var early = new SignInPolicy.History(List.of(), 8, ago(3), 0, 0, null, NOW);
        var late = new SignInPolicy.History(List.of(), 8, ago(9), 0, 0, null, NOW);

        assertThat(policy.refusal(early)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(SignInPolicy.Reason.ACCOUNT_SLOWED);
            assertThat(r.retryAfterSeconds()).isEqualTo(5);
        });
        assertThat(policy.refusal(late)).isEmpty();
    }

    @Test
    void throttlesAnAddressOnlyForFiftyFailuresOverTenAccounts() {
        var spray = new SignInPolicy.History(List.of(), 0, null, 50, 10, NOW.plusSeconds(600), NOW);
        var oneAccount = new SignInPolicy.History(List.of(), 0, null, 80, 9, NOW.plusSeconds(600), NOW);
        var fewFailures = new SignInPolicy.History(List.of(), 0, null, 49, 30, null, NOW);

        assertThat(policy.refusal(spray)).hasValueSatisfying(r -> {
            assertThat(r.reason()).isEqualTo(SignInPolicy.Reason.ADDRESS_THROTTLED);
            assertThat(r.retryAfterSeconds()).isEqualTo(600);
        });
        assertThat(policy.refusal(oneAccount)).isEmpty();
        assertThat(policy.refusal(fewFailures)).isEmpty();
    }

    @Test
    void roundsRetryAfterUpToWholeSecondsOfAtLeastOne() {
        assertThat(new SignInPolicy.Refusal(SignInPolicy.Reason.PAIR_LOCKED, Duration.ofMillis(1)).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new SignInPolicy.Refusal(SignInPolicy.Reason.PAIR_LOCKED, Duration.ofMillis(1001))
                        .retryAfterSeconds())
                .isEqualTo(2);
    }
}
