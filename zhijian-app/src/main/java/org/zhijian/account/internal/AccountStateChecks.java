package org.zhijian.account.internal;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/** The account's own state, checked after its password matched (Spring checks it before by default). */
class AccountStateChecks implements UserDetailsChecker {

    @Override
    public void check(UserDetails account) {
        if (!account.isAccountNonLocked()) {
            throw new LockedException("账户已锁定");
        }
        if (!account.isEnabled()) {
            throw new DisabledException("账户已停用");
        }
        if (!account.isAccountNonExpired()) {
            throw new AccountExpiredException("账户已过期");
        }
        if (!account.isCredentialsNonExpired()) {
            throw new CredentialsExpiredException("密码已过期");
        }
    }
}
