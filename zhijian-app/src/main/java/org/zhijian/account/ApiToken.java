package org.zhijian.account;

import java.time.OffsetDateTime;

/**
 * A personal API token without its secret.
 *
 * @param id token id
 * @param name what it is for
 * @param createdAt issue time
 * @param expiresAt expiry
 * @param revokedAt revocation time, {@code null} while valid
 * @param lastUsedAt last use, {@code null} if never used
 */
public record ApiToken(
        long id,
        String name,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt,
        OffsetDateTime lastUsedAt) {}
