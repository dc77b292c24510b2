package org.zhijian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The fields an administrator enters to create (or change) an account.
 *
 * @param username sign-in name: letters, digits, dot, dash, underscore
 * @param displayName name shown on pages
 * @param role role
 * @param regionCode prefecture or county code, required for regional roles
 * @param enterpriseUscc enterprise credit code, required for enterprise users
 */
public record NewUser(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{account.username.pattern}")
        String username,

        @NotBlank(message = "{account.displayName.required}") @Size(max = 50)
        String displayName,

        @NotNull(message = "{account.role.required}") Role role,
        String regionCode,
        String enterpriseUscc) {}
