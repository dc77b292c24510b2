package org.zhijian.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportFiles;

/** Region scope is enforced in the queries, for every endpoint family. */
@IntegrationTest
@SuppressWarnings("unchecked")
class AccessControlIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private String furongCode;
    private String yueluCode;

    @BeforeEach
    void twoEnterprisesInTwoCounties() {
        furongCode =
                enterprises.create(EnterpriseFixtures.anEnterpriseIn("430102")).uscc();
        yueluCode =
                enterprises.create(EnterpriseFixtures.anEnterpriseIn("430104")).uscc();
    }

    private RestClient as(String token) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        if (token != null) {
            builder.defaultHeader("Authorization", TestAccounts.bearer(token));
        }
        return builder.build();
    }

    private String furong() {
        return TestAccounts.token(accounts, "ac-furong", Role.COUNTY_OFFICER, "430102", null);
    }

    private String changsha() {
        return TestAccounts.token(accounts, "ac-changsha", Role.PREFECTURE_OFFICER, "430100", null);
    }

    private String analyst() {
        return TestAccounts.token(accounts, "ac-analyst", Role.ANALYST, null, null);
    }

    private static int status(RestClient client, String path) {
        return client.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
    }

    private static Map<String, Object> body(RestClient client, String path) {
        return client.get().uri(path).retrieve().body(Map.class);
    }

    @Test
    void aCountyOfficerListsCountsAndSearchesOnlyTheirCounty() {
        long furongTotal = jdbc.sql("select count(*) from enterprise where county_code = '430102'")
                .query(Long.class)
                .single();

        Map<String, Object> page = body(as(furong()), "/api/v1/enterprises?size=500");
        Map<String, Object> byOtherCode = body(as(furong()), "/api/v1/enterprises?q=" + yueluCode);
        Map<String, Object> counts = body(as(furong()), "/api/v1/enterprises/counts?parent=430100");

        assertThat(((Number) page.get("total")).longValue()).isEqualTo(furongTotal);
        assertThat((List<Map<String, Object>>) page.get("items"))
                .allSatisfy(e -> assertThat(e).containsEntry("countyCode", "430102"));
        assertThat(byOtherCode).containsEntry("total", 0);
        assertThat((List<Map<String, Object>>) counts.get("regions"))
                .allSatisfy(r -> assertThat(((Number) r.get("count")).longValue())
                        .isEqualTo(r.get("code").equals("430102") ? furongTotal : 0L));
    }

    @Test
    void aCountyOfficerGetsNotFoundForAnotherCountysRecordsAndForbiddenForWritingThere() {
        EnterpriseForm intoYuelu = EnterpriseFixtures.anEnterpriseIn("430104");

        int read = status(as(furong()), "/api/v1/enterprises/" + yueluCode);
        int update = as(furong())
                .put()
                .uri("/api/v1/enterprises/{u}", yueluCode)
                .contentType(MediaType.APPLICATION_JSON)
                .body(EnterpriseFixtures.anEnterpriseIn("430104"))
                .exchange((req, res) -> res.getStatusCode().value());
        int create = as(furong())
                .post()
                .uri("/api/v1/enterprises")
                .contentType(MediaType.APPLICATION_JSON)
                .body(intoYuelu)
                .exchange((req, res) -> res.getStatusCode().value());
        int moveOwnAway = as(furong())
                .put()
                .uri("/api/v1/enterprises/{u}", furongCode)
                .contentType(MediaType.APPLICATION_JSON)
                .body(withCode(EnterpriseFixtures.anEnterpriseIn("430104"), furongCode))
                .exchange((req, res) -> res.getStatusCode().value());

        assertThat(read).isEqualTo(404);
        assertThat(update).isEqualTo(404);
        assertThat(create).isEqualTo(403);
        assertThat(moveOwnAway).isEqualTo(403);
        assertThat(status(as(furong()), "/api/v1/enterprises/" + furongCode)).isEqualTo(200);
    }

    @Test
    void aPrefectureOfficerSeesTheWholePrefectureButNothingElse() {
        String elsewhere =
                enterprises.create(EnterpriseFixtures.anEnterpriseIn("430602")).uscc();

        assertThat(status(as(changsha()), "/api/v1/enterprises/" + yueluCode)).isEqualTo(200);
        assertThat(status(as(changsha()), "/api/v1/enterprises/" + furongCode)).isEqualTo(200);
        assertThat(status(as(changsha()), "/api/v1/enterprises/" + elsewhere)).isEqualTo(404);
    }

    @Test
    void anAnalystReadsEverythingAndChangesNothing() {
        int create = as(analyst())
                .post()
                .uri("/api/v1/enterprises")
                .contentType(MediaType.APPLICATION_JSON)
                .body(EnterpriseFixtures.anEnterprise())
                .exchange((req, res) -> res.getStatusCode().value());

        assertThat(status(as(analyst()), "/api/v1/enterprises/" + yueluCode)).isEqualTo(200);
        assertThat(create).isEqualTo(403);
    }

    @Test
    void importsIntoAnotherCountyAreRejectedRowByRow() throws Exception {
        Path file = ImportFiles.csv(
                dir,
                "mixed.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(
                        ImportFiles.HEADER,
                        EnterpriseFixtures.aCreditCode("430102") + ",芙蓉区范围内有限公司,430102,存续,2019-03-05,小,14",
                        EnterpriseFixtures.aCreditCode("430104") + ",岳麓区范围外有限公司,430104,存续,2019-03-05,小,14",
                        yueluCode + ",改别人的企业有限公司,430102,存续,2019-03-05,小,14"));
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.FileSystemResource(file));
        body.add("validOnly", "true");
        body.add("updateExisting", "true");

        Map<String, Object> job = as(furong())
                .post()
                .uri("/api/v1/imports/enterprises")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .retrieve()
                .body(Map.class);
        Map<String, Object> done = job;
        for (int i = 0; i < 100 && done.get("finishedAt") == null; i++) {
            Thread.sleep(100);
            done = body(as(furong()), "/api/v1/imports/" + job.get("id"));
        }

        assertThat(done).containsEntry("inserted", 1).containsEntry("rejected", 2);
        assertThat(jdbc.sql("select name from enterprise where uscc = ?")
                        .param(yueluCode)
                        .query(String.class)
                        .single())
                .isEqualTo("长沙测试食品有限公司");
        assertThat(status(as(changsha()), "/api/v1/imports/" + job.get("id"))).isEqualTo(404);
    }

    @Test
    void exportsOnlyTheRecordsInScope() throws Exception {
        byte[] xlsx = as(furong())
                .get()
                .uri("/api/v1/enterprises/export?sort=name")
                .retrieve()
                .body(byte[].class);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            long furongTotal = jdbc.sql("select count(*) from enterprise where county_code = '430102'")
                    .query(Long.class)
                    .single();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) furongTotal);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).startsWith("430102");
            }
        }
    }

    @Test
    void onlyOfficersAddProductCategories() {
        java.util.function.Function<String, Integer> add = token -> as(token)
                .post()
                .uri("/api/v1/product-categories")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "code",
                        "AC-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT),
                        "nameZh",
                        "权限测试分类",
                        "kind",
                        "CONSUMER"))
                .exchange((req, res) -> res.getStatusCode().value());

        assertThat(add.apply(analyst())).isEqualTo(403);
        assertThat(add.apply(furong())).isEqualTo(201);
    }

    @Test
    void thePublicSeesRegionsButNotTheRegistry() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        assertThat(status(as(null), "/api/v1/regions?level=prefecture")).isEqualTo(200);
        assertThat(status(as(null), "/api/v1/enterprises")).isEqualTo(401);
        assertThat(status(as(null), "/api/v1/enterprises/counts")).isEqualTo(401);
        var page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/enterprises"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void onlyAdministratorsReachAdministration() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/users"))
                        .header("Authorization", TestAccounts.bearer(changsha()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var asAdmin = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/audit"))
                        .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("无权访问");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
    }

    private static EnterpriseForm withCode(EnterpriseForm f, String code) {
        return new EnterpriseForm(
                code,
                null,
                null,
                f.name(),
                f.formerNames(),
                f.legalRepresentative(),
                f.address(),
                f.countyCode(),
                f.industryCode(),
                f.scale(),
                f.status(),
                f.establishedOn(),
                f.categoryCodes(),
                f.licences());
    }
}
