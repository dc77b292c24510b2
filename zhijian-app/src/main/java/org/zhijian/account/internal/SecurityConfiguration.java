package org.zhijian.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            org.springframework.context.ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new LockoutAuthenticationProvider(passwords, attempts));
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
            AuthenticationManager authenticationManager)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        RequestMatcher bearer = TokenAuthenticationFilter::hasBearer;
        http.authenticationManager(authenticationManager)
                .addFilterBefore(
                        new TokenAuthenticationFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/geo/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/error/**",
                                "/actuator/health",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/api/v1/regions/**", "/api/v1/auth/token", "/api/v1/public/**")
                        .permitAll()
                        .requestMatchers("/admin/**", "/api/v1/admin/**")
                        .hasRole("PROVINCE_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new SignInSuccessHandler())
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        bearer, request -> "/api/v1/auth/token".equals(request.getRequestURI())))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                (request, response, e) ->
                                        problem(response, 401, "未认证", "请先登录或提供有效的 API 令牌", "ACCOUNT_009"),
                                api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> problem(response, 403, "无权访问", "当前账户无权执行此操作", "ACCESS_001"),
                                api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> forbiddenPage(request, response), request -> true))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
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
