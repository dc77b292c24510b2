package org.zhijian.account.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/** Records every password sign-in, successful or not, with the client address. */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        Actor actor = new Actor(
                principal.getUsername(),
                principal.account().role().name(),
                Scope.NONE,
                Scope.NONE,
                address(event.getAuthentication().getDetails()));
        CurrentActor.runAs(actor, () -> {
            audit.record(AuditEntry.of("SIGN_IN", "user", principal.getUsername(), "登录成功"));
            return null;
        });
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        Actor actor = Actor.anonymous(address(event.getAuthentication().getDetails()));
        CurrentActor.runAs(actor, () -> {
            audit.record(AuditEntry.of(
                    "SIGN_IN_FAILED",
                    "user",
                    username,
                    "登录失败：" + event.getException().getMessage()));
            return null;
        });
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
    }
}
