package org.zhijian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;

@IntegrationTest
class ImportApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ImportManagement imports;

    @Autowired
    org.zhijian.account.AccountManagement accounts;

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(
                        "Authorization",
                        org.zhijian.account.TestAccounts.bearer(org.zhijian.account.TestAccounts.adminToken(accounts)))
                .build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadsAFileAndReportsTheJobUntilItFinishes() throws InterruptedException {
        RestClient client = client();
        String csv = ImportFiles.HEADER + "\n" + EnterpriseFixtures.aCreditCode("430121")
                + ",长沙县测试有限公司,430121,存续,2019-03-05,小,14\n" + "9143,坏代码有限公司,430121,存续,,,\n";
        Map<String, Object> job = importValidOnly(client, csv);
        Object id = job.get("id");

        assertThat(job)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("inserted", 1)
                .containsEntry("rejected", 1)
                .containsEntry("hasReport", true);
        String report =
                client.get().uri("/api/v1/imports/{id}/report", id).retrieve().body(String.class);
        assertThat(report).contains("行号,列,值,错误说明").contains("3,统一社会信用代码,9143");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theErrorReportShowsAFormulaInAFileAsTextNotAsAFormula() throws InterruptedException {
        RestClient client = client();
        String csv = ImportFiles.HEADER + "\n"
                + "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\",公式有限公司,430121,存续,,,\n"
                + "@SUM(A1),另一有限公司,430121,存续,,,\n";
        Object id = importValidOnly(client, csv).get("id");

        String report =
                client.get().uri("/api/v1/imports/{id}/report", id).retrieve().body(String.class);
        assertThat(report)
                .contains("'=HYPERLINK(")
                .contains("'@SUM(A1)")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK")
                .doesNotContain(",@SUM");
    }

    /** Uploads an enterprise CSV with {@code --valid-only} and waits for the job to finish; the job as answered. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> importValidOnly(RestClient client, String csv) throws InterruptedException {
        var body = new LinkedMultiValueMap<String, Object>();
        HttpHeaders part = new HttpHeaders();
        part.setContentDispositionFormData("file", "企业.csv");
        body.add(
                "file",
                new HttpEntity<>(
                        new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
                            @Override
                            public String getFilename() {
                                return "企业.csv";
                            }
                        },
                        part));
        body.add("validOnly", "true");
        Map<String, Object> submitted = client.post()
                .uri("/api/v1/imports/enterprises")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .retrieve()
                .body(Map.class);
        long id = ((Number) submitted.get("id")).longValue();
        Map<String, Object> job = Map.of();
        for (int i = 0; i < 100 && job.get("finishedAt") == null; i++) {
            Thread.sleep(100);
            job = client.get().uri("/api/v1/imports/{id}", id).retrieve().body(Map.class);
        }
        return job;
    }

    @Test
    void servesTheTemplateAsXlsx() {
        RestClient client = client();

        var response = client.get()
                .uri("/api/v1/imports/templates/enterprises")
                .retrieve()
                .toEntity(byte[].class);

        assertThat(response.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(response.getBody()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersUnknownKindsWithAProblem() {
        RestClient client = client();

        Map<String, Object> problem =
                client.get().uri("/api/v1/imports/templates/unicorns").exchange((req, res) -> res.bodyTo(Map.class));

        assertThat(problem).containsEntry("status", 404).containsKey("code");
    }
}
