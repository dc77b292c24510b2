package org.zhijian.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with lock-out: refuses while the account or the client address is locked, counts failures
 * and clears them on success.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    LockoutAuthenticationProvider(DaoAuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        if (attempts.lockedUntil(username, address).isPresent()) {
            throw new LockedException("登录失败次数过多，账户或地址已锁定 15 分钟");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            attempts.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            attempts.failed(username, address);
            throw new BadCredentialsException("用户名或密码错误", e);
        } catch (AuthenticationException e) {
            attempts.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
