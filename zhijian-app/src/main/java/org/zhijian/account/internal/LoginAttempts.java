package org.zhijian.account.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts failed sign-ins per account and per address; after {@code zhijian.security.max-failures} (5) failures the
 * key is locked for {@code zhijian.security.lockout-minutes} (15). A success clears the account's and address's count.
 */
@Repository
class LoginAttempts {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int lockoutMinutes;

    LoginAttempts(
            JdbcClient jdbc,
            @Value("${zhijian.security.max-failures:5}") int maxFailures,
            @Value("${zhijian.security.lockout-minutes:15}") int lockoutMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockoutMinutes = lockoutMinutes;
    }

    /** The time until which the account or the address is locked, if either is. */
    Optional<OffsetDateTime> lockedUntil(String username, String address) {
        return jdbc.sql("""
                select max(locked_until) from login_attempt
                where attempt_key in (?, ?) and locked_until > now()""")
                .params(userKey(username), addressKey(address))
                .query(OffsetDateTime.class)
                .optional();
    }

    void failed(String username, String address) {
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            jdbc.sql("""
                    insert into login_attempt (attempt_key, failures, last_failure) values (:key, 1, now())
                    on conflict (attempt_key) do update set
                        failures = case when login_attempt.locked_until > now() then login_attempt.failures
                                        else login_attempt.failures + 1 end,
                        last_failure = now()""").param("key", key).update();
            jdbc.sql("""
                    update login_attempt set locked_until = now() + make_interval(mins => :minutes), failures = 0
                    where attempt_key = :key and failures >= :max""")
                    .param("key", key)
                    .param("minutes", lockoutMinutes)
                    .param("max", maxFailures)
                    .update();
        }
    }

    void succeeded(String username, String address) {
        jdbc.sql(
                        "delete from login_attempt where attempt_key in (?, ?) and (locked_until is null or locked_until <= now())")
                .params(userKey(username), addressKey(address))
                .update();
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "" : address);
    }
}
