package org.zhijian.account.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.zhijian.account.Role;

/**
 * Which roles reach which page family and API: one table that the security filter enforces and the menu reads
 * ({@code ${@pageAccess.allows('/complaints')}}), so the server refuses exactly what the menu hides. The first rule
 * whose pattern matches decides; a path no rule names is open to every signed-in user (home, the registry, one's
 * own account and notifications). What each user then sees inside a page is the role's scope (ADR 0005).
 */
@Component("pageAccess")
public class PageAccess {

    private static final Set<Role> ADMIN = EnumSet.of(Role.PROVINCE_ADMIN);
    private static final Set<Role> WRITERS =
            EnumSet.of(Role.PROVINCE_ADMIN, Role.PREFECTURE_OFFICER, Role.COUNTY_OFFICER);
    private static final Set<Role> OFFICERS =
            EnumSet.of(Role.PROVINCE_ADMIN, Role.ANALYST, Role.PREFECTURE_OFFICER, Role.COUNTY_OFFICER);
    private static final Set<Role> FIELD = union(OFFICERS, Role.INSPECTOR);
    private static final Set<Role> SAMPLES = union(FIELD, Role.ENTERPRISE);

    /** A page family (and its API) and the roles that reach it. */
    public record Rule(PathPattern pattern, Set<Role> roles) {

        public String[] roleNames() {
            return roles.stream().map(Enum::name).toArray(String[]::new);
        }
    }

    private static final List<Rule> RULES = List.of(
            rule("/admin/**", ADMIN),
            rule("/api/v1/admin/**", ADMIN),
            rule("/imports/**", WRITERS),
            rule("/api/v1/imports/**", WRITERS),
            rule("/sampling/statistics/**", OFFICERS),
            rule("/sampling/overdue/**", OFFICERS),
            rule("/sampling/item-templates/**", OFFICERS),
            rule("/api/v1/sampling/pass-rates/**", OFFICERS),
            rule("/api/v1/sampling/overdue/**", OFFICERS),
            rule("/api/v1/sampling/item-templates/**", OFFICERS),
            rule("/api/v1/sampling/conflicts/**", OFFICERS),
            rule("/sampling/records/**", SAMPLES),
            rule("/api/v1/sampling/records/**", SAMPLES),
            rule("/sampling/**", FIELD),
            rule("/api/v1/sampling/**", FIELD),
            rule("/recalls/**", FIELD),
            rule("/api/v1/recalls/**", FIELD),
            rule("/complaints/**", OFFICERS),
            rule("/api/v1/complaints/**", OFFICERS),
            rule("/injuries/**", OFFICERS),
            rule("/api/v1/injuries/**", OFFICERS),
            rule("/cases/**", OFFICERS),
            rule("/api/v1/cases/**", OFFICERS),
            rule("/listings/**", OFFICERS),
            rule("/api/v1/listings/**", OFFICERS),
            rule("/records/**", OFFICERS),
            rule("/api/v1/records/**", OFFICERS),
            rule("/risk/**", OFFICERS),
            rule("/api/v1/risk/**", OFFICERS),
            rule("/indicators/**", OFFICERS),
            rule("/api/v1/indicators/**", OFFICERS),
            rule("/api/v1/indicator-rounds/**", OFFICERS),
            rule("/assessments/**", OFFICERS),
            rule("/api/v1/assessments/**", OFFICERS),
            rule("/categories/**", OFFICERS),
            rule("/classification/**", OFFICERS),
            rule("/api/v1/classification/**", OFFICERS),
            rule("/enterprises/*/records/**", OFFICERS),
            rule("/enterprises/*/credit/**", OFFICERS),
            rule("/credit/**", OFFICERS),
            rule("/api/v1/credit/**", OFFICERS),
            rule("/search/**", OFFICERS));

    public static List<Rule> rules() {
        return RULES;
    }

    /** Whether the signed-in user's role reaches the path (for the menu and for links on pages). */
    public boolean allows(String path) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return false;
        }
        return allows(principal.account().role(), path);
    }

    /**
     * Whether the signed-in user's role changes records (registers, imports, edits within its area): the province's
     * administrator and prefecture and county officers; analysts, inspectors and enterprises read.
     */
    public boolean writes() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof AccountPrincipal principal
                && WRITERS.contains(principal.account().role());
    }

    /** The signed-in person's name as the header shows it: the account's display name, else its username. */
    public String displayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return auth == null ? "" : auth.getName();
        }
        String name = principal.account().displayName();
        return name == null || name.isBlank() ? principal.account().username() : name;
    }

    static boolean allows(Role role, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream()
                .filter(r -> r.pattern().matches(container))
                .findFirst()
                .map(r -> r.roles().contains(role))
                .orElse(true);
    }

    private static Rule rule(String pattern, Set<Role> roles) {
        return new Rule(PathPatternParser.defaultInstance.parse(pattern), Set.copyOf(roles));
    }

    private static Set<Role> union(Set<Role> roles, Role more) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(more);
        return all;
    }
}
