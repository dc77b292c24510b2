package org.zhijian.account.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhijian.account.UserAccount;

/** A signed-in account as Spring Security sees it; the authority is {@code ROLE_<role>}. */
public final class AccountPrincipal implements UserDetails {

    private final UserAccount account;
    private final transient String passwordHash;

    AccountPrincipal(UserAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public UserAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
