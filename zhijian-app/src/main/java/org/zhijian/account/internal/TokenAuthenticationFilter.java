package org.zhijian.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer zj_…} requests with a personal API token. Token requests carry no
 * session and need no CSRF token; an unknown, expired or revoked token is answered with 401.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final Tokens tokens;
    private final AccountUserDetailsService users;

    TokenAuthenticationFilter(Tokens tokens, AccountUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        var username = tokens.usernameFor(
                request.getHeader("Authorization").substring(7).strip());
        if (username.isEmpty()) {
            SecurityConfiguration.problem(response, 401, "未认证", "API 令牌无效、已过期或已吊销", "ACCOUNT_008");
            return;
        }
        var principal = users.loadUserByUsername(username.get());
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
