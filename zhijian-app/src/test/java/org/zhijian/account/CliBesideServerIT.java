package org.zhijian.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;

/**
 * The CLI, run as its own process on the data directory of the running test server, leaves every account and
 * token as it was: demo accounts included (a demo's users sign in again after {@code ./zhijian import …}).
 */
@IntegrationTest
class CliBesideServerIT {

    private static final Path JAR = Path.of("target/zhijian.jar");

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aCliCommandBesideTheServerLeavesDemoAccountsAndTokensWorking() throws Exception {
        assumeTrue(Files.exists(JAR), "the packaged jar is built before integration tests");
        String demoToken = TestAccounts.token(accounts, "cli-demo-user", Role.COUNTY_OFFICER, "430102", null);
        jdbc.sql("update app_user set demo = true where username = 'cli-demo-user'")
                .update();
        String plainToken = TestAccounts.token(accounts, "cli-plain-user", Role.ANALYST, null, null);
        long accountsBefore =
                jdbc.sql("select count(*) from app_user").query(Long.class).single();

        int exit = runCli("uscc", "check", "91430100329512159P");

        assertThat(exit).as(Files.readString(dir.resolve("cli.log"))).isZero();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(accountsBefore);
        assertThat(status(demoToken)).as("the demo account's token").isEqualTo(200);
        assertThat(status(plainToken)).isEqualTo(200);
        assertThat(signIn("cli-demo-user"))
                .as("the demo account signs in with its password")
                .isEqualTo(201);
        jdbc.sql("update app_user set demo = false where username = 'cli-demo-user'")
                .update();
    }

    private int runCli(String... args) throws Exception {
        String[] command = new String[args.length + 4];
        command[0] = ProcessHandle.current().info().command().orElse("java");
        command[1] = "-Xmx384m";
        command[2] = "-jar";
        command[3] = JAR.toString();
        System.arraycopy(args, 0, command, 4, args.length);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile());
        builder.environment().put("ZHIJIAN_DATA_DIR", "target/it-data");
        builder.environment().remove("ZHIJIAN_DB_URL");
        Process cli = builder.start();
        cli.getOutputStream().close();
        assertThat(cli.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return cli.exitValue();
    }

    private int status(String token) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/enterprises")
                .header("Authorization", TestAccounts.bearer(token))
                .exchange((req, res) -> res.getStatusCode().value());
    }

    private int signIn(String username) {
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", TestAccounts.PASSWORD, "name", "cli-test"))
                .exchange((req, res) -> res.getStatusCode().value());
    }
}
