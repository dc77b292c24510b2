package org.zhijian.account;

import java.util.List;
import java.util.Optional;

/** The account module's API. Every change is audited. */
public interface AccountManagement {

    List<UserAccount> list();

    Optional<UserAccount> find(String username);

    /**
     * Creates an account with the given password (at least 10 characters).
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code ACCOUNT_001} name taken, {@code ACCOUNT_002} weak
     *     password, {@code ACCOUNT_003} region or enterprise missing or unknown
     */
    UserAccount create(NewUser user, String password);

    /** Changes role, region, enterprise binding and display name. */
    UserAccount update(String username, NewUser changes);

    void setEnabled(String username, boolean enabled);

    /** Sets a new random password that must be changed at the next sign-in, and returns it. */
    String resetPassword(String username);

    /** A user changes their own password. */
    void changePassword(String username, String currentPassword, String newPassword);

    IssuedToken issueToken(String username, String name, int validDays);

    List<ApiToken> tokens(String username);

    void revokeToken(String username, long tokenId);
}
