package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;

/** Pages say things in words: no action codes, method identifiers, setting names or raw comparators. */
@IntegrationTest
class PlainWordsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    private String page(String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .header("Accept", "text/html")
                .exchange((req, res) -> new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theAuditTrailNamesActionsAndTheFilterOffersThemInWords() {
        String audit = page("/admin/audit");

        assertThat(audit).containsPattern("<td title=\"[A-Z_]+\">[^<A-Z]+</td>");
        assertThat(audit).doesNotContainPattern(">[A-Z]+(_[A-Z]+)+<");
        assertThat(audit).contains("<option value=\"SIGN_IN_FAILED\">登录失败</option>");
    }

    @Test
    void methodsSettingsComparatorsAndSeverityAreWords() {
        assertThat(page("/risk/detection")).contains("EARS C2（与间隔 2 期后的前 7 期比较）");
        assertThat(page("/notifications")).doesNotContain("spring.mail");
        assertThat(page("/indicators")).contains("不低于 1,000.00").doesNotContain("&gt;= ");
    }
}
