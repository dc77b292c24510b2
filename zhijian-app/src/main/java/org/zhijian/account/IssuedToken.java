package org.zhijian.account;

import java.time.OffsetDateTime;

/**
 * A personal API token as issued: the secret is shown once and stored only as a hash.
 *
 * @param id token id (for revocation)
 * @param name what the token is for
 * @param token the secret, to send as {@code Authorization: Bearer …}
 * @param expiresAt when it stops working
 */
public record IssuedToken(long id, String name, String token, OffsetDateTime expiresAt) {}
