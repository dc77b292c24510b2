package org.zhijian.account;

import java.time.OffsetDateTime;

/**
 * A user of the platform.
 *
 * @param id database id
 * @param username sign-in name
 * @param displayName name shown on pages
 * @param role role
 * @param regionCode prefecture or county code for regional roles, may be {@code null}
 * @param enterpriseUscc the enterprise an enterprise user acts for, may be {@code null}
 * @param enabled whether the account may sign in
 * @param mustChangePassword whether the next sign-in must set a new password
 * @param createdAt creation time
 */
public record UserAccount(
        long id,
        String username,
        String displayName,
        Role role,
        String regionCode,
        String enterpriseUscc,
        boolean enabled,
        boolean mustChangePassword,
        OffsetDateTime createdAt) {}
