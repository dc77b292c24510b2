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

/**
 * The sign-in lock-out rules end to end. Each test signs in "from" its own documentation addresses (RFC 5737) through
 * the trusted test proxy's {@code X-Forwarded-For}, and moves time by ageing the stored failures.
 */
@IntegrationTest
class SignInLockoutIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailuresLockOnlyThatAccountFromThatAddress() {
        user("lock-pair");
        failTimes("lock-pair", "203.0.113.1", 5);

        Answer locked = token("lock-pair", TestAccounts.PASSWORD, "203.0.113.1");
        age("lock-pair", 2);
        Answer otherAddress = token("lock-pair", TestAccounts.PASSWORD, "203.0.113.2");
        user("lock-pair-colleague");
        Answer otherAccount = token("lock-pair-colleague", TestAccounts.PASSWORD, "203.0.113.1");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).containsEntry("code", "ACCOUNT_007");
        assertThat(locked.retryAfter()).isBetween(850L, 900L);
        assertThat(otherAddress.status())
                .as("the same account from another address")
                .isEqualTo(201);
        assertThat(otherAccount.status())
                .as("another account behind the same address")
                .isEqualTo(201);
    }

    @Test
    void anAccountThatDoesNotExistIsAnsweredExactlyAsOneThatDoes() {
        user("lock-exists");
        Answer existing = token("lock-exists", "wrong-password", "203.0.113.10");
        Answer missing = token("lock-no-such-account", "wrong-password", "203.0.113.11");
        failTimes("lock-exists", "203.0.113.10", 4);
        failTimes("lock-no-such-account", "203.0.113.11", 4);

        Answer existingLocked = token("lock-exists", "wrong-password", "203.0.113.10");
        Answer missingLocked = token("lock-no-such-account", "wrong-password", "203.0.113.11");

        assertThat(missing.status()).isEqualTo(existing.status()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo(existing.body());
        assertThat(missingLocked.status()).isEqualTo(existingLocked.status()).isEqualTo(429);
        assertThat(missingLocked.body().get("code"))
                .isEqualTo(existingLocked.body().get("code"));
    }

    @Test
    void aDisabledAccountIsToldOnlyAfterTheRightPassword() {
        user("lock-disabled");
        accounts.setEnabled("lock-disabled", false);
        Answer wrong = token("lock-disabled", "wrong-password", "203.0.113.12");
        Answer missing = token("lock-never-existed", "wrong-password", "203.0.113.12");

        assertThat(wrong.body()).isEqualTo(missing.body());
    }

    @Test
    void failuresAgeOutOfTheSlidingWindow() {
        user("lock-ageing");
        failTimes("lock-ageing", "203.0.113.20", 4);
        age("lock-ageing", 16 * 60);
        failTimes("lock-ageing", "203.0.113.20", 1);
        age("lock-ageing", 2);
        Answer fifthInWindow = token("lock-ageing", TestAccounts.PASSWORD, "203.0.113.20");
        failTimes("lock-ageing", "203.0.113.20", 5);
        Answer locked = token("lock-ageing", TestAccounts.PASSWORD, "203.0.113.20");
        age("lock-ageing", 15 * 60 + 1);
        Answer afterLockout = token("lock-ageing", TestAccounts.PASSWORD, "203.0.113.20");

        assertThat(fifthInWindow.status())
                .as("four of the five failures are older than 15 minutes")
                .isEqualTo(201);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(afterLockout.status()).isEqualTo(201);
    }

    @Test
    void failuresFromManyAddressesSlowTheAccountWithAGrowingDelayButNeverLockIt() {
        user("lock-slow");
        for (int i = 1; i <= 5; i++) {
            assertThat(token("lock-slow", "wrong-" + i, "198.51.100." + i).status())
                    .isEqualTo(401);
        }
        Answer slowed = token("lock-slow", TestAccounts.PASSWORD, "198.51.100.6");
        age("lock-slow", 2);
        assertThat(token("lock-slow", "wrong-6", "198.51.100.6").status()).isEqualTo(401);
        assertThat(token("lock-slow", "wrong-7", "198.51.100.7").status()).isEqualTo(429);
        age("lock-slow", 3);
        assertThat(token("lock-slow", "wrong-7", "198.51.100.7").status()).isEqualTo(401);
        Answer slowedMore = token("lock-slow", TestAccounts.PASSWORD, "198.51.100.8");
        age("lock-slow", 5);
        Answer afterTheDelay = token("lock-slow", TestAccounts.PASSWORD, "198.51.100.8");

        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.body()).containsEntry("code", "ACCOUNT_010");
        assertThat(slowed.retryAfter()).isEqualTo(1);
        assertThat(slowedMore.body()).containsEntry("code", "ACCOUNT_010");
        assertThat(slowedMore.retryAfter()).as("7 failures: 1 s × 2²").isBetween(3L, 4L);
        assertThat(afterTheDelay.status()).as("slowed, not locked").isEqualTo(201);
    }

    @Test
    void aSprayOverManyAccountsThrottlesTheAddressWith429AndRetryAfter() {
        user("lock-spray-victim");
        for (int account = 0; account < 10; account++) {
            failTimes("lock-spray-" + account, "192.0.2.77", 5);
        }

        Answer throttled = token("lock-spray-victim", TestAccounts.PASSWORD, "192.0.2.77");
        Answer elsewhere = token("lock-spray-victim", TestAccounts.PASSWORD, "192.0.2.78");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).containsEntry("code", "ACCOUNT_011");
        assertThat(throttled.retryAfter()).isBetween(850L, 900L);
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void aSuccessClearsOnlyItsOwnPair() {
        user("lock-clear");
        failPatiently("lock-clear", "203.0.113.30", 4);
        failPatiently("lock-clear", "203.0.113.31", 4);

        Answer success = token("lock-clear", TestAccounts.PASSWORD, "203.0.113.30");
        failPatiently("lock-clear", "203.0.113.30", 1);
        failPatiently("lock-clear", "203.0.113.31", 1);

        assertThat(success.status()).isEqualTo(201);
        assertThat(token("lock-clear", TestAccounts.PASSWORD, "203.0.113.30").status())
                .isEqualTo(201);
        assertThat(token("lock-clear", TestAccounts.PASSWORD, "203.0.113.31").status())
                .as("the other address's failures were kept")
                .isEqualTo(429);
    }

    @Test
    void theSignInFormAnswers429WithTheWait() throws Exception {
        user("lock-form");
        failTimes("lock-form", "203.0.113.40", 5);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", cookie)
                        .header("X-Forwarded-For", "203.0.113.40")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=lock-form&password="
                                + TestAccounts.PASSWORD.replace("#", "%23") + "&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(850L, 900L));
        assertThat(refused.body()).contains("已暂时锁定").contains("15 分钟后再试").contains("name=\"username\"");
    }

    private void user(String name) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(new NewUser(name, name, Role.ANALYST, null, null), TestAccounts.PASSWORD);
        }
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(token(username, "wrong-password-" + i, address).status()).isEqualTo(401);
        }
    }

    /** Fails one at a time, a minute apart, so the account's slow-down never refuses them. */
    private void failPatiently(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            failTimes(username, address, 1);
            age(username, 61);
        }
    }

    /** Moves the account's stored failures the given seconds into the past. */
    private void age(String username, int seconds) {
        jdbc.sql("update login_failure set failed_at = failed_at - make_interval(secs => ?) where username = ?")
                .params(seconds, username)
                .update();
    }

    @SuppressWarnings("unchecked")
    private Answer token(String username, String password, String address) {
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password, "name", "lockout-test"))
                .exchange((req, res) -> new Answer(
                        res.getStatusCode().value(),
                        res.bodyTo(Map.class),
                        res.getHeaders().getFirst("Retry-After") == null
                                ? -1
                                : Long.parseLong(res.getHeaders().getFirst("Retry-After"))));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    record Answer(int status, Map<String, Object> body, long retryAfter) {}
}
