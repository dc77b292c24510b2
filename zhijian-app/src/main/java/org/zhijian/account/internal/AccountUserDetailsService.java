package org.zhijian.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Users users;

    AccountUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(u -> new AccountPrincipal(u, users.passwordHash(username).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
