package org.zhijian.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseManagement;

/**
 * One access rule per page family and API, for every role: the server answers 403 exactly where the menu hides the
 * family, and the menu shows exactly what the server serves.
 */
@IntegrationTest
class PageAccessIT {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> OFFICERS =
            EnumSet.of(Role.PROVINCE_ADMIN, Role.ANALYST, Role.PREFECTURE_OFFICER, Role.COUNTY_OFFICER);
    private static final Set<Role> FIELD = plus(OFFICERS, Role.INSPECTOR);
    private static final Set<Role> WRITERS =
            EnumSet.of(Role.PROVINCE_ADMIN, Role.PREFECTURE_OFFICER, Role.COUNTY_OFFICER);

    /** A representative path of each family and the roles that may open it. */
    private static final Map<String, Set<Role>> FAMILIES = new java.util.LinkedHashMap<>();

    static {
        FAMILIES.put("/", ALL);
        FAMILIES.put("/enterprises", ALL);
        FAMILIES.put("/notifications", ALL);
        FAMILIES.put("/account/tokens", ALL);
        FAMILIES.put("/sampling/records", plus(FIELD, Role.ENTERPRISE));
        FAMILIES.put("/api/v1/sampling/records", plus(FIELD, Role.ENTERPRISE));
        FAMILIES.put("/sampling/plans", FIELD);
        FAMILIES.put("/api/v1/sampling/plans", FIELD);
        FAMILIES.put("/recalls", FIELD);
        FAMILIES.put("/api/v1/recalls", FIELD);
        FAMILIES.put("/sampling/statistics", OFFICERS);
        FAMILIES.put("/api/v1/sampling/pass-rates?by=category", OFFICERS);
        FAMILIES.put("/sampling/overdue", OFFICERS);
        FAMILIES.put("/imports", WRITERS);
        FAMILIES.put("/api/v1/imports", WRITERS);
        FAMILIES.put("/complaints", OFFICERS);
        FAMILIES.put("/complaints/1", OFFICERS);
        FAMILIES.put("/api/v1/complaints", OFFICERS);
        FAMILIES.put("/injuries", OFFICERS);
        FAMILIES.put("/api/v1/injuries", OFFICERS);
        FAMILIES.put("/cases", OFFICERS);
        FAMILIES.put("/api/v1/cases", OFFICERS);
        FAMILIES.put("/listings", OFFICERS);
        FAMILIES.put("/records/accidents", OFFICERS);
        FAMILIES.put("/api/v1/listings", OFFICERS);
        FAMILIES.put("/risk/warnings", OFFICERS);
        FAMILIES.put("/risk/warnings/1", OFFICERS);
        FAMILIES.put("/risk/detection", OFFICERS);
        FAMILIES.put("/risk/signals", OFFICERS);
        FAMILIES.put("/api/v1/risk/warnings", OFFICERS);
        FAMILIES.put("/indicators", OFFICERS);
        FAMILIES.put("/indicators/rounds", OFFICERS);
        FAMILIES.put("/api/v1/indicators", OFFICERS);
        FAMILIES.put("/assessments", OFFICERS);
        FAMILIES.put("/categories", OFFICERS);
        FAMILIES.put("/classification/keywords", OFFICERS);
        FAMILIES.put("/search?q=test", OFFICERS);
        FAMILIES.put("/admin/users", EnumSet.of(Role.PROVINCE_ADMIN));
        FAMILIES.put("/admin/audit", EnumSet.of(Role.PROVINCE_ADMIN));
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Test
    void everyRoleReachesExactlyItsPageFamilies() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String token = token(role);
            for (var family : FAMILIES.entrySet()) {
                int status = status(token, family.getKey());
                boolean allowed = family.getValue().contains(role);
                if (allowed ? status == 403 || status >= 500 : status != 403) {
                    wrong.add(role + " " + family.getKey() + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theMenuShowsExactlyTheFamiliesTheServerServes() {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            String home = body(token(role), "/");
            for (String link : List.of(
                    "/sampling/plans",
                    "/sampling/records",
                    "/sampling/statistics",
                    "/complaints",
                    "/injuries",
                    "/cases",
                    "/listings",
                    "/records/accidents",
                    "/recalls",
                    "/risk/warnings",
                    "/indicators",
                    "/imports",
                    "/categories",
                    "/admin/users",
                    "/admin/audit",
                    "/search")) {
                boolean shown = home.contains("href=\"" + link + "\"");
                boolean served = status(token(role), link) != 403;
                if (shown != served) {
                    wrong.add(role + " " + link + (shown ? " shown but refused" : " served but hidden"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String token(Role role) {
        String uscc = null;
        if (role == Role.ENTERPRISE) {
            uscc = enterprises
                    .search(
                            new org.zhijian.enterprise.EnterpriseQuery(null, "430102", null, null, null),
                            new org.zhijian.platform.PageRequest(1, 1))
                    .items()
                    .stream()
                    .findFirst()
                    .map(e -> e.uscc())
                    .orElseGet(() -> enterprises
                            .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                            .uscc());
        }
        String region = role.needsRegion() ? (role == Role.COUNTY_OFFICER ? "430102" : "430100") : null;
        return TestAccounts.token(accounts, "pa-" + role.name().toLowerCase(), role, region, uscc);
    }

    private int status(String token, String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token))
                .exchange((req, res) -> res.getStatusCode().value());
    }

    private String body(String token, String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token))
                .retrieve()
                .body(String.class);
    }

    private static Set<Role> plus(Set<Role> roles, Role more) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.add(more);
        return all;
    }
}
