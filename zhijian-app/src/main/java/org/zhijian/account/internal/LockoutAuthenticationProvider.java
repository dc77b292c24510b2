package org.zhijian.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in under {@link SignInPolicy}: refuses a throttled address, a locked (account, address) pair or a
 * slowed account before checking the password, records failures and clears its own pair on success.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginFailures failures;
    private final SignInPolicy policy;

    LockoutAuthenticationProvider(DaoAuthenticationProvider passwords, LoginFailures failures, SignInPolicy policy) {
        this.passwords = passwords;
        this.failures = failures;
        this.policy = policy;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        policy.refusal(failures.history(username, address)).ifPresent(refusal -> {
            throw new SignInRefusedException(refusal);
        });
        try {
            Authentication result = passwords.authenticate(authentication);
            failures.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            failures.failed(username, address);
            throw new BadCredentialsException("用户名或密码错误", e);
        } catch (AuthenticationException e) {
            failures.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
