package org.zhijian.account.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the sign-in page back with the reason. Wrong credentials and a disabled account redirect to the page; an
 * attempt refused by the lock-out rules answers {@code 429} with {@code Retry-After} and the page with the wait.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof SignInRefusedException refused) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
            request.setAttribute("refusalCode", refused.code());
            request.setAttribute("refusalWait", refused.waitText());
            request.getRequestDispatcher("/login/refused").forward(request, response);
            return;
        }
        String reason = exception instanceof DisabledException ? "disabled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
