package org.zhijian.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhijian.IntegrationTest;

@IntegrationTest
class AccountPagesIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    private HttpResponse<String> post(String token, String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestAccounts.bearer(token))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestAccounts.bearer(token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFirstServerStartCreatesAnAdministratorWhoMustChangeThePassword() {
        assertThat(accounts.find("admin")).hasValueSatisfying(admin -> {
            assertThat(admin.role()).isEqualTo(Role.PROVINCE_ADMIN);
            assertThat(admin.mustChangePassword()).isTrue();
        });
    }

    @Test
    void anAdministratorCreatesChangesResetsAndDisablesAnAccount() throws Exception {
        String admin = TestAccounts.adminToken(accounts);

        HttpResponse<String> created = post(
                admin,
                "/admin/users",
                Map.of(
                        "username",
                        "page-yuhua",
                        "displayName",
                        "雨花区监管员",
                        "role",
                        "COUNTY_OFFICER",
                        "regionCode",
                        "430111",
                        "enterpriseUscc",
                        "",
                        "password",
                        "Yuhua#20260"));
        HttpResponse<String> badRegion = post(
                admin,
                "/admin/users",
                Map.of(
                        "username",
                        "page-bad",
                        "displayName",
                        "x",
                        "role",
                        "COUNTY_OFFICER",
                        "regionCode",
                        "430100",
                        "enterpriseUscc",
                        "",
                        "password",
                        "Bad#2026000"));
        post(
                admin,
                "/admin/users/page-yuhua",
                Map.of(
                        "username",
                        "page-yuhua",
                        "displayName",
                        "长沙市监管员",
                        "role",
                        "PREFECTURE_OFFICER",
                        "regionCode",
                        "430100",
                        "enterpriseUscc",
                        ""));
        HttpResponse<String> reset = post(admin, "/admin/users/page-yuhua/reset-password", Map.of());
        post(admin, "/admin/users/page-yuhua/enabled", Map.of("enabled", "false"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(badRegion.body()).contains("账户绑定无效");
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(accounts.find("page-yuhua")).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.PREFECTURE_OFFICER);
            assertThat(u.regionCode()).isEqualTo("430100");
            assertThat(u.mustChangePassword()).isTrue();
            assertThat(u.enabled()).isFalse();
        });
        assertThat(get(admin, "/admin/users").body()).contains("page-yuhua").contains("停用");
        assertThat(get(admin, "/admin/audit?object=page-yuhua").body())
                .contains("USER_PERMISSION_CHANGE")
                .contains("USER_DISABLE");
    }

    private HttpResponse<String> changePassword(String token, String current, String next, String confirm)
            throws Exception {
        return post(
                token,
                "/account/password",
                Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirm));
    }

    @Test
    void everyUserChangesTheirOwnPassword() throws Exception {
        String token = TestAccounts.token(accounts, "page-self", Role.ANALYST, null, null);

        HttpResponse<String> wrongCurrent = changePassword(token, "nope-nope-nope", "Another#2026", "Another#2026");
        HttpResponse<String> tooShort = changePassword(token, TestAccounts.PASSWORD, "short", "short");
        HttpResponse<String> mistyped = changePassword(token, TestAccounts.PASSWORD, "Another#2026", "Another#2062");
        HttpResponse<String> changed = changePassword(token, TestAccounts.PASSWORD, "Another#2026", "Another#2026");

        assertThat(wrongCurrent.body()).contains("当前密码不正确");
        assertThat(tooShort.body()).contains("密码至少 10 位");
        assertThat(mistyped.body()).contains("两次输入的新密码不一致");
        assertThat(changed.statusCode()).isEqualTo(302);
    }

    @Test
    void aUserIssuesAndRevokesTheirOwnTokens() throws Exception {
        String token = TestAccounts.token(accounts, "page-tokens", Role.ANALYST, null, null);

        post(token, "/account/tokens", Map.of("name", "实验室系统", "days", "30"));
        HttpResponse<String> page = get(token, "/account/tokens");

        assertThat(page.body()).contains("实验室系统");
        long id = accounts.tokens("page-tokens").stream()
                .filter(t -> t.name().equals("实验室系统"))
                .findFirst()
                .orElseThrow()
                .id();
        post(token, "/account/tokens/" + id + "/revoke", Map.of());
        assertThat(accounts.tokens("page-tokens"))
                .filteredOn(t -> t.id() == id)
                .singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void theAccountTableFiltersSortsAndExportsWhatItShows() throws Exception {
        String admin = TestAccounts.adminToken(accounts);
        TestAccounts.token(accounts, "table-kaifu", Role.COUNTY_OFFICER, "430105", null);
        TestAccounts.token(accounts, "table-zhuzhou", Role.PREFECTURE_OFFICER, "430200", null);

        String changsha = get(admin, "/admin/users?region=430100&sort=region").body();
        assertThat(changsha).contains("table-kaifu").doesNotContain("table-zhuzhou");
        String byRole =
                get(admin, "/admin/users?q=table-&role=PREFECTURE_OFFICER").body();
        assertThat(byRole)
                .contains("table-zhuzhou")
                .doesNotContain("table-kaifu")
                .contains("共 1 个账户");

        HttpResponse<byte[]> export = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/admin/users/export?q=table-&sort=region"))
                        .header("Authorization", TestAccounts.bearer(admin))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("创建时间");
            assertThat(workbook.getSheetName(0)).isEqualTo("账户");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("启用");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("table-kaifu");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("开福区");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("table-zhuzhou");
        }
        assertThat(get(admin, "/admin/audit?action=USER_EXPORT").body()).contains("导出账户列表 2 个");
    }

    @Test
    void theAuditTrailExportsAsExcelAndAsCsv() throws Exception {
        String admin = TestAccounts.adminToken(accounts);
        get(admin, "/admin/users/export?q=nobody-matches");

        HttpResponse<byte[]> xlsx = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/admin/audit/export?action=USER_EXPORT"))
                        .header("Authorization", TestAccounts.bearer(admin))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("操作");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("USER_EXPORT");
        }
        assertThat(get(admin, "/admin/audit/export?action=USER_EXPORT&format=csv")
                        .body())
                .startsWith("\uFEFF序号")
                .contains("USER_EXPORT");
    }
}
