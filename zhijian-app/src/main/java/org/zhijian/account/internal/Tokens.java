package org.zhijian.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhijian.account.ApiToken;
import org.zhijian.account.IssuedToken;

/** Personal API tokens: random 32-byte secrets, stored as SHA-256 hashes. */
@Repository
class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    Tokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuedToken issue(long userId, String name, int validDays) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "zj_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime expires = OffsetDateTime.now().plusDays(validDays);
        long id = jdbc.sql(
                        "insert into api_token (user_id, name, token_hash, expires_at) values (?, ?, ?, ?) returning id")
                .params(userId, name, hash(token), expires)
                .query(Long.class)
                .single();
        return new IssuedToken(id, name, token, expires);
    }

    /** The username of a valid (unexpired, unrevoked, enabled user) token, marking it used (to the minute). */
    Optional<String> usernameFor(String token) {
        String tokenHash = hash(token);
        Optional<String> username =
                jdbc.sql("""
                        select u.username from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.enabled""").param(tokenHash).query(String.class).optional();
        if (username.isPresent()) {
            // a script calling many times a second need not write a row per request: minute precision is enough
            jdbc.sql("""
                            update api_token set last_used_at = now() where token_hash = ?
                            and (last_used_at is null or last_used_at < now() - interval '1 minute')""").param(tokenHash).update();
        }
        return username;
    }

    List<ApiToken> of(long userId) {
        return jdbc.sql("select * from api_token where user_id = ? order by id desc")
                .param(userId)
                .query(Tokens::map)
                .list();
    }

    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                        .params(tokenId, userId)
                        .update()
                == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken map(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class));
    }
}
