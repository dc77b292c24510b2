package org.zhijian.account.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After sign-in, a user whose password was reset (or generated) is sent to change it first. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    SignInSuccessHandler() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.account().mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, "/account/password?required");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
