package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;

/** Unknown addresses and bad parameters: a Chinese page in the site's layout for browsers, a problem for scripts. */
@IntegrationTest
class RequestErrorsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    record Answer(int status, String type, String body) {}

    @Test
    void browsersGetAChineseErrorPageInTheLayout() {
        for (var c : List.of(
                new Object[] {"/no-such-page", 404, "页面不存在"},
                new Object[] {"/sampling/statistics?year=abc", 400, "“year”的值“abc”格式不正确，应为数字"},
                new Object[] {"/sampling/records/abc", 400, "格式不正确"},
                new Object[] {"/sampling/records/new", 400, "缺少参数"})) {
            Answer a = get((String) c[0], "text/html,application/xhtml+xml");

            assertThat(a.status()).as((String) c[0]).isEqualTo(c[1]);
            assertThat(a.type()).as((String) c[0]).startsWith("text/html");
            assertThat(a.body())
                    .as((String) c[0])
                    .contains((String) c[2])
                    .contains("<html lang=\"zh-CN\"")
                    .contains("<title>")
                    .contains("返回首页");
        }
    }

    @Test
    void scriptsGetAProblemInChinese() {
        Answer unknown = get("/api/v1/no-such", "application/json");
        Answer malformed = get("/sampling/statistics?year=abc", "application/json");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.type()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("页面不存在").contains("PLATFORM_002");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("格式不正确");
    }

    @Test
    void unknownRegionCodesAreRefusedNotIgnored() {
        for (String path : List.of(
                "/enterprises?region=999999", "/risk/signals?region=999999", "/sampling/statistics?region=999999")) {
            Answer page = get(path, "text/html");

            assertThat(page.status()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).contains("未知的区划代码“999999”");
        }
        for (String path : List.of("/api/v1/enterprises?region=999999", "/api/v1/regions?parent=999999")) {
            Answer api = get(path, "application/json");

            assertThat(api.status()).as(path).isEqualTo(400);
            assertThat(api.type()).as(path).startsWith("application/problem+json");
            assertThat(api.body()).as(path).contains("REGION_002").contains("999999");
        }
        assertThat(get("/enterprises?region=430100", "text/html").status()).isEqualTo(200);
        assertThat(get("/enterprises?region=", "text/html").status()).isEqualTo(200);
    }

    private Answer get(String path, String accept) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .header("Accept", accept)
                .exchange((req, res) -> new Answer(
                        res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()),
                        new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
