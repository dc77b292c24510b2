package org.zhijian.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.TestAccounts;
import org.zhijian.platform.cli.CommandLauncher;
import picocli.CommandLine;

@IntegrationTest
@SuppressWarnings("unchecked")
class PlatformIT {

    private static final Path JAR = Path.of("target/zhijian.jar");

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    org.zhijian.account.AccountManagement accounts;

    @Test
    void showsAnonymousCallersOnlyTheHealthStatusAndTheAdministratorItsDetails() {
        RestClient client = RestClient.create("http://localhost:" + port);
        String anonymous = client.get().uri("/actuator/health").retrieve().body(String.class);
        String analyst = client.get()
                .uri("/actuator/health")
                .header(
                        "Authorization",
                        TestAccounts.bearer(TestAccounts.token(
                                accounts, "health-analyst", org.zhijian.account.Role.ANALYST, null, null)))
                .retrieve()
                .body(String.class);
        Map<String, Object> admin = client.get()
                .uri("/actuator/health")
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .retrieve()
                .body(Map.class);

        assertThat(anonymous)
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db")
                .doesNotContain("path");
        assertThat(analyst).as("details are for the province administrator").isEqualTo(anonymous);
        assertThat((Map<String, Object>) ((Map<String, Object>) admin.get("components")).get("db"))
                .containsEntry("status", "UP");
        assertThat(admin.toString()).contains("diskSpace");
    }

    @Test
    void publishesTheOpenApiDescriptionAndSwaggerUiToSignedInUsersOnly() throws Exception {
        RestClient client = RestClient.create("http://localhost:" + port);
        String bearer = TestAccounts.bearer(TestAccounts.adminToken(accounts));

        String api = client.get()
                .uri("/v3/api-docs")
                .header("Authorization", bearer)
                .retrieve()
                .body(String.class);
        String ui = client.get()
                .uri("/swagger-ui/index.html")
                .header("Authorization", bearer)
                .retrieve()
                .body(String.class);
        int anonymousApi = client.get()
                .uri("/v3/api-docs")
                .exchange((req, res) -> res.getStatusCode().value());
        var anonymousUi = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/swagger-ui/index.html"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());

        assertThat(api)
                .contains("/api/v1/enterprises")
                .contains("/api/v1/regions")
                .contains("/api/v1/imports/{kind}")
                // the kinds' shared endpoints are described in each kind's own words
                .contains("产品伤害与事故，最新的在前（本账户范围）")
                .contains("登记一份行政处罚决定（JSON")
                .contains("一条电商商品");
        assertThat(ui).contains("swagger-ui");
        assertThat(anonymousApi).isEqualTo(401);
        assertThat(anonymousUi.statusCode())
                .as("redirected to the sign-in page")
                .isEqualTo(302);
        assertThat(anonymousUi.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void servesStyleSheetsAndScriptsUnderContentHashedNamesThatBrowsersMayKeep() {
        RestClient client = RestClient.create("http://localhost:" + port);
        String login = client.get().uri("/login").retrieve().body(String.class);
        java.util.regex.Matcher css =
                java.util.regex.Pattern.compile("/css/app-[0-9a-f]{32}\\.css").matcher(login);
        java.util.regex.Matcher htmx = java.util.regex.Pattern.compile("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js")
                .matcher(login);
        assertThat(css.find()).as("versioned style sheet link in %s", login).isTrue();
        assertThat(htmx.find()).as("webjar link with its version").isTrue();

        var sheet = client.get().uri(css.group()).retrieve().toEntity(String.class);
        assertThat(sheet.getBody()).contains("{");
        assertThat(sheet.getHeaders().getCacheControl()).contains("max-age=31536000");
        assertThat(client.get()
                        .uri(htmx.group())
                        .retrieve()
                        .toEntity(String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(client.get()
                        .uri("/geo/hunan-prefectures.geojson")
                        .retrieve()
                        .toEntity(String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void checksCreditCodesFromTheCommandLine() {
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out));

        int allValid = cli.execute("uscc", "check", "91430100329512159P", "91350100M0001TGQXM");
        int oneInvalid = cli.execute("uscc", "check", "91430100329512159P", "914403001922038217");

        assertThat(allValid).isZero();
        assertThat(oneInvalid).isEqualTo(2);
        assertThat(out.toString())
                .contains("91430100329512159P\tvalid")
                .contains("914403001922038217\tinvalid\t校验位错误：应为“6”，实际为“7”");
    }

    @Test
    void acceptsAReviewedCodeOnceItIsOnTheOverrideList() {
        String base = org.zhijian.enterprise.EnterpriseFixtures.aCreditCode("430102");
        char wrong = base.charAt(17) == '0' ? '1' : '0';
        String failing = base.substring(0, 17) + wrong;
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out));

        int before = cli.execute("uscc", "check", failing);
        int allowed = cli.execute("uscc", "allow", failing, "--reason", "登记机关核实");
        int after = cli.execute("uscc", "check", failing);

        assertThat(before).isEqualTo(2);
        assertThat(allowed).isZero();
        assertThat(after).isZero();
        assertThat(out.toString()).contains(failing + "\t已加入例外名单").contains(failing + "\tvalid");
    }

    @Test
    void managesAccountsFromTheCommandLine() {
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out));

        int added = cli.execute("users", "add", "cli-wangcheng", "--role", "COUNTY_OFFICER", "--region", "430112");
        int listed = cli.execute("users", "list");
        int disabled = cli.execute("users", "disable", "cli-wangcheng");
        int reset = cli.execute("users", "reset-password", "cli-wangcheng");

        assertThat(added + listed + disabled + reset).isZero();
        assertThat(out.toString())
                .contains("已创建 cli-wangcheng（县区监管员）  一次性密码：")
                .contains("cli-wangcheng\tCOUNTY_OFFICER\t县区监管员\t430112")
                .contains("cli-wangcheng  一次性密码：");
        assertThat(context.getBean(org.zhijian.account.AccountManagement.class).find("cli-wangcheng"))
                .hasValueSatisfying(u -> assertThat(u.enabled()).isFalse());
    }

    @Test
    void refusesASecondServerAndLetsTheCliShareTheRunningDatabase() throws Exception {
        assumeTrue(Files.exists(JAR), "the packaged jar is built before integration tests");

        Process server = java("serve");
        Process cli = java("uscc", "check", "91430100329512159P");

        assertThat(server.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(1);
        assertThat(new String(server.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("正被另一个 zhijian 进程");
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(cli.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("91430100329512159P\tvalid");
        assertThat(cli.exitValue()).isZero();
    }

    private static Process java(String... args) throws java.io.IOException {
        var command = new java.util.ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java.util.List.of("-Xmx256m", "-jar", JAR.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("ZHIJIAN_DATA_DIR", "target/it-data");
        pb.environment().put("ZHIJIAN_PORT", "0");
        pb.environment().remove("ZHIJIAN_DB_URL");
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }
}
