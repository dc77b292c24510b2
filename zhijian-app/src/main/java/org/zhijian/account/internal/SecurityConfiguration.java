package org.zhijian.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what: public master data, health and API docs; everything else needs a session (form sign-in)
 * or a personal API token; administration needs the province administrator. CSRF protects the forms; token
 * requests carry no cookies and are exempt. Pages get a Content-Security-Policy without inline scripts.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The OpenAPI description and Swagger UI: signed-in users only, unless {@code public-api-docs} is set. */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /** The sign-in lock-out rules; every number is a setting (documented in {@code docs/security.md}). */
    @Bean
    SignInPolicy signInPolicy(
            @Value("${zhijian.security.window-minutes:15}") int windowMinutes,
            @Value("${zhijian.security.max-failures:5}") int pairFailures,
            @Value("${zhijian.security.lockout-minutes:15}") int lockoutMinutes,
            @Value("${zhijian.security.slow-after:5}") int slowAfter,
            @Value("${zhijian.security.slow-base-seconds:1}") int baseSeconds,
            @Value("${zhijian.security.slow-max-seconds:60}") int maxSeconds,
            @Value("${zhijian.security.spray-failures:50}") int sprayFailures,
            @Value("${zhijian.security.spray-accounts:10}") int sprayAccounts) {
        return new SignInPolicy(
                Duration.ofMinutes(windowMinutes),
                pairFailures,
                Duration.ofMinutes(lockoutMinutes),
                slowAfter,
                Duration.ofSeconds(baseSeconds),
                Duration.ofSeconds(maxSeconds),
                sprayFailures,
                sprayAccounts);
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginFailures failures,
            SignInPolicy policy,
            org.springframework.context.ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // disabled or expired is told only after the right password: before it, every answer is "wrong name or
        // password", so the answers never reveal whether an account exists
        passwords.setPreAuthenticationChecks(account -> {});
        passwords.setPostAuthenticationChecks(new AccountStateChecks());
        ProviderManager manager = new ProviderManager(new LockoutAuthenticationProvider(passwords, failures, policy));
        manager.setAuthenticationEventPublisher(
                new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            Tokens tokens,
            AccountUserDetailsService users,
            AuthenticationManager authenticationManager,
            ClientAddress clientAddress,
            @Value("${zhijian.security.public-api-docs:false}") boolean publicApiDocs)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/v3/api-docs")
                || request.getRequestURI().startsWith("/actuator/");
        RequestMatcher bearer = TokenAuthenticationFilter::hasBearer;
        http.authenticationManager(authenticationManager)
                .addFilterBefore(
                        new TokenAuthenticationFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> authorize(auth, publicApiDocs))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(
                                request -> new WebAuthenticationDetails(clientAddress.of(request), sessionId(request)))
                        .successHandler(new SignInSuccessHandler())
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        bearer, request -> "/api/v1/auth/token".equals(request.getRequestURI())))
                .exceptionHandling(ex -> failures(ex, api))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Open paths, the API documents as configured, then the page families' roles; the rest needs a signed-in user. */
    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            boolean publicApiDocs) {
        pageRules(auth.requestMatchers(
                                "/login",
                                "/login/refused",
                                "/css/**",
                                "/js/**",
                                "/geo/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/error/**",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers(API_DOCS)
                        .access((authentication, context) ->
                                new AuthorizationDecision(publicApiDocs || isSignedIn(authentication.get())))
                        .requestMatchers("/api/v1/regions/**", "/api/v1/auth/token", "/api/v1/public/**")
                        .permitAll())
                .anyRequest()
                .authenticated();
    }

    /** API clients get problem details (401, 403); browsers the sign-in page or the refusal page. */
    private void failures(
            org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer<HttpSecurity> ex,
            RequestMatcher api) {
        ex.defaultAuthenticationEntryPointFor(
                        (request, response, e) -> problem(response, 401, "未认证", "请先登录或提供有效的 API 令牌", "ACCOUNT_009"),
                        api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                .defaultAccessDeniedHandlerFor(
                        (request, response, e) -> problem(response, 403, "无权访问", "当前账户无权执行此操作", "ACCESS_001"), api)
                .defaultAccessDeniedHandlerFor(
                        (request, response, e) -> forbiddenPage(request, response), request -> true);
    }

    /** The content security policy, no framing, and the referrer cut to the origin across sites. */
    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /** The page families' roles, from the one table the menu reads too ({@link PageAccess}). */
    private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pageRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry) {
        for (PageAccess.Rule rule : PageAccess.rules()) {
            registry.requestMatchers(rule.pattern().getPatternString()).hasAnyRole(rule.roleNames());
        }
        return registry;
    }

    private static boolean isSignedIn(org.springframework.security.core.Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication
                        instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    private static String sessionId(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    /** Writes an RFC 9457 problem (the security layer answers before Spring MVC's exception handlers run). */
    static void problem(
            jakarta.servlet.http.HttpServletResponse response, int status, String title, String detail, String code)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                                + detail + "\",\"code\":\"" + code + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static void forbiddenPage(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException, jakarta.servlet.ServletException {
        response.setStatus(403);
        request.setAttribute("status", 403);
        request.setAttribute("message", "当前账户无权访问此页面");
        request.getRequestDispatcher("/error/forbidden").forward(request, response);
    }
}
