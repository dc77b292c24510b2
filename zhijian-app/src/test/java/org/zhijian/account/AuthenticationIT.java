package org.zhijian.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;

@IntegrationTest
@SuppressWarnings("unchecked")
class AuthenticationIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RestClient client() {
        return RestClient.create("http://localhost:" + port);
    }

    private ResponseSummary token(String username, String password) {
        return client().post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password, "name", "script"))
                .exchange((req, res) -> new ResponseSummary(res.getStatusCode().value(), res.bodyTo(Map.class)));
    }

    private void user(String name) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new NewUser(name, name, Role.ANALYST, null, null), TestAccounts.PASSWORD);
        }
    }

    @Test
    void issuesATokenForScriptsThatOpensTheApiUntilRevoked() {
        user("auth-script");

        ResponseSummary issued = token("auth-script", TestAccounts.PASSWORD);
        String secret = (String) issued.body().get("token");
        int before = client().get()
                .uri("/api/v1/enterprises")
                .header("Authorization", "Bearer " + secret)
                .exchange((req, res) -> res.getStatusCode().value());
        accounts.revokeToken("auth-script", ((Number) issued.body().get("id")).longValue());
        int after = client().get()
                .uri("/api/v1/enterprises")
                .header("Authorization", "Bearer " + secret)
                .exchange((req, res) -> res.getStatusCode().value());

        assertThat(issued.status()).isEqualTo(201);
        assertThat(secret).startsWith("zj_");
        assertThat(before).isEqualTo(200);
        assertThat(after).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?")
                        .param(secret)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
    }

    @Test
    void refusesShortPasswords() {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> accounts.create(new NewUser("auth-short", "x", Role.ANALYST, null, null), "short"));

        assertThat(thrown).hasMessageContaining("ACCOUNT_002");
    }

    @Test
    void signsInThroughTheFormAndRejectsFormsWithoutCsrfToken() throws Exception {
        user("auth-form");
        HttpResponse<String> loginPage =
                send(HttpRequest.newBuilder(uri("/login")).build());
        String cookie = loginPage.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        String csrf = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> withoutCsrf = send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=auth-form&password=" + TestAccounts.PASSWORD.replace("#", "%23")))
                .build());
        HttpResponse<String> withCsrf = send(HttpRequest.newBuilder(uri("/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=auth-form&password=" + TestAccounts.PASSWORD.replace("#", "%23") + "&_csrf=" + csrf))
                .build());

        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(withCsrf.statusCode()).isEqualTo(302);
        assertThat(withCsrf.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String newSession =
                withCsrf.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        assertThat(newSession)
                .as("session id changes on sign-in")
                .startsWith("JSESSIONID=")
                .isNotEqualTo(cookie);
    }

    @Test
    void sendsSecurityHeadersWithPages() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).build());

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self';")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    record ResponseSummary(int status, Map<String, Object> body) {}
}
