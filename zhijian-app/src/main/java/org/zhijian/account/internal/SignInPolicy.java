package org.zhijian.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a password sign-in is refused before its password is checked, so that one person can neither guess a
 * password nor lock a whole office out (OWASP Authentication and Credential Stuffing cheat sheets). Three rules,
 * each over failures in a sliding {@code window} (15 minutes by default):
 *
 * <ol>
 *   <li><b>spray</b>: {@code sprayFailures} (50) or more failures over {@code sprayAccounts} (10) or more accounts
 *       from one address throttle that address until enough of them age out of the window;
 *   <li><b>pair lock</b>: {@code pairFailures} (5) failures of one account from one address, all within the window,
 *       lock that (account, address) pair for {@code lockout} (15 minutes) after the last of them; other addresses
 *       and other accounts are not affected;
 *   <li><b>account slow-down</b>: once one account has {@code slowAfter} (5) or more failures in the window from any
 *       addresses, each attempt must wait {@code baseDelay × 2^(failures − slowAfter)} (capped at {@code maxDelay})
 *       after the account's last failure — a growing delay, never a lock.
 * </ol>
 *
 * The rules key on the name as typed, so a name that belongs to no account is treated exactly as one that does.
 * Edge cases: a refused attempt is not itself a failure; a success clears only its own pair.
 */
record SignInPolicy(
        Duration window,
        int pairFailures,
        Duration lockout,
        int slowAfter,
        Duration baseDelay,
        Duration maxDelay,
        int sprayFailures,
        int sprayAccounts) {

    static SignInPolicy defaults() {
        return new SignInPolicy(
                Duration.ofMinutes(15),
                5,
                Duration.ofMinutes(15),
                5,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                50,
                10);
    }

    /** How far back the history must reach for these rules. */
    Duration span() {
        return window.plus(lockout);
    }

    /**
     * What is known of earlier failures.
     *
     * @param pairRecent the pair's latest failures within {@link #span()}, newest first (at most {@code pairFailures})
     * @param accountFailures the account's failures within the window, from any address
     * @param accountLast the account's latest failure, or {@code null}
     * @param addressFailures the address's failures within the window, for any account
     * @param addressAccounts the distinct accounts among them
     * @param addressReleased when the address's count in the window falls below {@code sprayFailures}, or {@code null}
     * @param now the time of the attempt
     */
    record History(
            List<Instant> pairRecent,
            int accountFailures,
            Instant accountLast,
            int addressFailures,
            int addressAccounts,
            Instant addressReleased,
            Instant now) {}

    enum Reason {
        ADDRESS_THROTTLED,
        PAIR_LOCKED,
        ACCOUNT_SLOWED
    }

    /** A refused attempt: why, and how long until the same attempt may be made. */
    record Refusal(Reason reason, Duration retryAfter) {

        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    Optional<Refusal> refusal(History h) {
        if (h.addressFailures() >= sprayFailures
                && h.addressAccounts() >= sprayAccounts
                && h.addressReleased() != null) {
            return refused(Reason.ADDRESS_THROTTLED, h.addressReleased(), h.now());
        }
        List<Instant> pair = h.pairRecent();
        if (pair.size() >= pairFailures) {
            Instant last = pair.get(0);
            Instant first = pair.get(pairFailures - 1);
            if (Duration.between(first, last).compareTo(window) <= 0) {
                return refused(Reason.PAIR_LOCKED, last.plus(lockout), h.now());
            }
        }
        if (h.accountFailures() >= slowAfter && h.accountLast() != null) {
            return refused(Reason.ACCOUNT_SLOWED, h.accountLast().plus(delay(h.accountFailures())), h.now());
        }
        return Optional.empty();
    }

    /** The wait after the account's last failure: {@code baseDelay × 2^(failures − slowAfter)}, at most {@code maxDelay}. */
    Duration delay(int failures) {
        int doublings = Math.min(failures - slowAfter, 30);
        Duration delay = baseDelay.multipliedBy(1L << Math.max(0, doublings));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static Optional<Refusal> refused(Reason reason, Instant until, Instant now) {
        return until.isAfter(now) ? Optional.of(new Refusal(reason, Duration.between(now, until))) : Optional.empty();
    }
}
