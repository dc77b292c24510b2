package org.zhijian.account.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed password sign-ins, one row each, read back as the {@link SignInPolicy.History} of an attempt. */
@Repository
class LoginFailures {

    private final JdbcClient jdbc;
    private final SignInPolicy policy;

    LoginFailures(JdbcClient jdbc, SignInPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    SignInPolicy.History history(String username, String address) {
        String user = key(username);
        String addr = address == null ? "" : address;
        Instant now =
                jdbc.sql("select now()").query(OffsetDateTime.class).single().toInstant();
        OffsetDateTime windowStart = now.minus(policy.window()).atOffset(ZoneOffset.UTC);
        List<Instant> pair = jdbc
                .sql("""
                select failed_at from login_failure where username = ? and address = ? and failed_at > ?
                order by failed_at desc limit ?""")
                .params(user, addr, windowStart.minus(policy.lockout()), policy.pairFailures())
                .query(OffsetDateTime.class)
                .list()
                .stream()
                .map(OffsetDateTime::toInstant)
                .toList();
        var account = jdbc.sql(
                        "select count(*), max(failed_at) from login_failure where username = ? and failed_at > ?")
                .params(user, windowStart)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2, OffsetDateTime.class)})
                .single();
        var spray = jdbc.sql("""
                select count(*), count(distinct username) from login_failure where address = ? and failed_at > ?""")
                .params(addr, windowStart)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        return new SignInPolicy.History(
                pair,
                (int) account[0],
                account[1] == null ? null : ((OffsetDateTime) account[1]).toInstant(),
                spray[0],
                spray[1],
                spray[0] >= policy.sprayFailures() ? released(addr, windowStart, spray[0]) : null,
                now);
    }

    /** When the address's count falls below the spray threshold: the failure that must age out, plus the window. */
    private Instant released(String address, OffsetDateTime windowStart, int failures) {
        return jdbc.sql("""
                select failed_at from login_failure where address = ? and failed_at > ?
                order by failed_at offset ? limit 1""")
                .params(address, windowStart, failures - policy.sprayFailures())
                .query(OffsetDateTime.class)
                .single()
                .toInstant()
                .plus(policy.window());
    }

    void failed(String username, String address) {
        jdbc.sql("insert into login_failure (username, address) values (?, ?)")
                .params(key(username), address == null ? "" : address)
                .update();
        jdbc.sql("delete from login_failure where failed_at < now() - make_interval(secs => ?)")
                .param(policy.span().toSeconds() * 2)
                .update();
    }

    /** A success clears the failures of its own (account, address) pair only. */
    void succeeded(String username, String address) {
        jdbc.sql("delete from login_failure where username = ? and address = ?")
                .params(key(username), address == null ? "" : address)
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
