package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/** Every export answers a readable file, with and without its filters; CSV cells never run as formulas. */
@IntegrationTest
class ExportsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditTrail audit;

    private static final List<String> XLSX_EXPORTS = List.of(
            "/api/v1/enterprises/export",
            "/api/v1/enterprises/export?region=430102&status=存续",
            "/admin/users/export",
            "/admin/users/export?role=PROVINCE_ADMIN",
            "/admin/audit/export",
            "/admin/audit/export?action=SIGN_IN&from=2020-01-01",
            "/complaints/export",
            "/complaints/export?region=430102&q=质量",
            "/injuries/export",
            "/injuries/export?region=430102",
            "/cases/export",
            "/cases/export?region=430102&q=罚款",
            "/listings/export",
            "/listings/export?region=430102",
            "/recalls/export",
            "/recalls/export?source=OPENFDA&q=toy",
            "/sampling/records/export",
            "/sampling/records/export?region=430102&verdict=FAIL",
            "/indicators/report?year=2025&format=xlsx");

    @Test
    void everyXlsxExportOpensWithAndWithoutFilters() throws Exception {
        CurrentActor.runAs(Actor.system("exports-test"), () -> {
            audit.record(AuditEntry.of("EXPORT_TEST", "test", "long", "长".repeat(40_000)));
            return null;
        });
        for (String path : XLSX_EXPORTS) {
            var response = get(path);

            assertThat(response.status()).as(path).isEqualTo(200);
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                assertThat(book.getSheetAt(0).getPhysicalNumberOfRows())
                        .as(path + " header")
                        .isPositive();
            }
        }
    }

    @Test
    void theAnnualReportDownloadsAsPdf() {
        var response = get("/indicators/report?year=2025");

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void theAuditCsvShowsATypedFormulaAsText() {
        RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", "192.0.2.200")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "=HYPERLINK(\"http://example.invalid\",\"点击\")", "password", "whatever"))
                .exchange((req, res) -> res.getStatusCode().value());

        var all = get("/admin/audit/export?format=csv");
        var filtered = get("/admin/audit/export?format=csv&action=SIGN_IN_FAILED");

        assertThat(all.status()).isEqualTo(200);
        for (var response : List.of(all, filtered)) {
            String csv = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF序号,时间").contains("'=HYPERLINK(");
            assertThat(csv.lines())
                    .noneMatch(line ->
                            line.contains(",=") || line.contains(",\"=") || line.contains(",@") || line.contains(",+"));
        }
    }

    private Answer get(String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .exchange((req, res) ->
                        new Answer(res.getStatusCode().value(), res.getBody().readAllBytes()));
    }

    record Answer(int status, byte[] body) {}
}
