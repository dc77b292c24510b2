package org.zhijian.account.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhijian.account.UserAccount;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * The actor from Spring Security: the signed-in account with its role's scopes, the public for anonymous
 * requests, and the system for code that runs outside any request (start-up, CLI).
 */
@Component
class SecurityCurrentActor extends CurrentActor {

    private final ClientAddress clientAddress;

    SecurityCurrentActor(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    protected Actor resolve() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String address = address();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            UserAccount u = principal.account();
            return new Actor(
                    u.username(),
                    u.role().name(),
                    u.role().readScope(u.regionCode(), u.enterpriseUscc()),
                    u.role().writeScope(u.regionCode()),
                    address);
        }
        if (auth instanceof AnonymousAuthenticationToken || RequestContextHolder.getRequestAttributes() != null) {
            return Actor.anonymous(address);
        }
        return Actor.system("system");
    }

    private String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? clientAddress.of(attributes.getRequest())
                : "";
    }
}
