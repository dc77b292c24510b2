package org.zhijian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.platform.PageRequest;

@IntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsWhoChangedAnEnterpriseWithBeforeAndAfterValues() {
        String token = TestAccounts.adminToken(accounts);
        RestClient client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestAccounts.bearer(token))
                .build();
        EnterpriseForm form = EnterpriseFixtures.anEnterpriseIn("430105");
        client.post()
                .uri("/api/v1/enterprises")
                .contentType(MediaType.APPLICATION_JSON)
                .body(form)
                .retrieve()
                .toBodilessEntity();
        EnterpriseForm renamed = new EnterpriseForm(
                form.uscc(),
                null,
                null,
                "开福区审计后名称有限公司",
                List.of(),
                null,
                null,
                "430105",
                null,
                null,
                "存续",
                null,
                List.of(),
                List.of());

        client.put()
                .uri("/api/v1/enterprises/{u}", form.uscc())
                .contentType(MediaType.APPLICATION_JSON)
                .body(renamed)
                .retrieve()
                .toBodilessEntity();

        List<AuditEvent> events = audit.search(
                        new AuditQuery(null, "ENTERPRISE", form.uscc(), null, null), new PageRequest(1, 10))
                .items();
        assertThat(events).extracting(AuditEvent::action).containsExactly("ENTERPRISE_UPDATE", "ENTERPRISE_CREATE");
        AuditEvent update = events.get(0);
        assertThat(update.actor()).isEqualTo("it-admin");
        assertThat(update.address()).isNotBlank();
        assertThat(update.before()).contains("长沙测试食品有限公司");
        assertThat(update.after()).contains("开福区审计后名称有限公司");
    }

    @Test
    void recordsFailedSignInsAndTokenCreation() {
        RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "nobody-here", "password", "whatever-123"))
                .exchange((req, res) -> res.getStatusCode());
        TestAccounts.token(accounts, "audit-token-user", org.zhijian.account.Role.ANALYST, null, null);

        assertThat(audit.search(
                                new AuditQuery(null, "SIGN_IN_FAILED", "nobody-here", null, null),
                                new PageRequest(1, 5))
                        .total())
                .isPositive();
        assertThat(audit.search(
                                new AuditQuery(null, "TOKEN_CREATE", "audit-token-user", null, null),
                                new PageRequest(1, 5))
                        .total())
                .isPositive();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else'")
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void exportsTheTrailAsCsv() throws Exception {
        var out = new java.io.ByteArrayOutputStream();

        audit.export(new AuditQuery(null, "USER_CREATE", null, null, null), out);

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("序号,时间,操作人")
                .contains("USER_CREATE");
    }
}
