package org.zhijian.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;
import org.zhijian.platform.cli.CommandLauncher;
import picocli.CommandLine;

@IntegrationTest
class SeriesDetectionIT {

    /** salmonella.agona weeks 1..40 (surveillance's data set), enough for EARS. */
    private static final String AGONA = "week_index,observed\n"
            + java.util.stream.IntStream.rangeClosed(1, 40)
                    .mapToObj(i -> i + ","
                            + new int[] {
                                        1, 0, 5, 2, 1, 2, 0, 4, 0, 0, 0, 3, 1, 1, 0, 0, 2, 2, 0, 2, 6, 3, 2, 1, 2, 0, 1,
                                        1, 3, 5, 3, 4, 3, 6, 5, 8, 6, 3, 6, 2
                                    }
                                    [i - 1])
                    .collect(Collectors.joining("\n"));

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @TempDir
    Path dir;

    private int cli(StringWriter out, String... args) {
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void theCliRunsAMethodOnAFileAndWritesTheThresholds() throws Exception {
        Path in = dir.resolve("agona.csv");
        Path out = dir.resolve("out.csv");
        Files.writeString(in, "\uFEFF" + AGONA, StandardCharsets.UTF_8);
        StringWriter log = new StringWriter();

        int code = cli(
                log,
                "detect",
                "series",
                "--method",
                "earsC3",
                "--in",
                in.toString(),
                "--out",
                out.toString(),
                "--from",
                "22",
                "--to",
                "22");

        assertThat(code).as(log.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("week_index,observed,expected,upperbound,alarm,L1,L2,sigma");
        String[] week22 = lines.get(1).split(",");
        assertThat(week22[0]).isEqualTo("22");
        assertThat(Double.parseDouble(week22[3])).isCloseTo(1.851177, within(1e-6));
        assertThat(week22[4]).isEqualTo("1");
        assertThat(log.toString()).contains("报警 1 周").contains("alpha=0.025");
    }

    @Test
    void theCliRefusesUnknownParametersAndShortHistoryWithReasons() throws Exception {
        Path in = dir.resolve("s.csv");
        Files.writeString(in, AGONA);
        StringWriter log = new StringWriter();

        assertThat(cli(
                        log,
                        "detect",
                        "series",
                        "--method",
                        "earsC1",
                        "--in",
                        in.toString(),
                        "--out",
                        dir.resolve("o.csv").toString(),
                        "--param",
                        "lambda=3"))
                .isEqualTo(2);
        assertThat(log.toString()).contains("RISK_001").contains("lambda").contains("minSigma");
        assertThat(cli(
                        log,
                        "detect",
                        "series",
                        "--method",
                        "farringtonFlexible",
                        "--in",
                        in.toString(),
                        "--out",
                        dir.resolve("o.csv").toString()))
                .isEqualTo(2);
        assertThat(log.toString()).contains("RISK_002");
        Files.writeString(in, "week_index,observed\n1,3\n2,x\n");
        assertThat(cli(
                        log,
                        "detect",
                        "series",
                        "--method",
                        "earsC1",
                        "--in",
                        in.toString(),
                        "--out",
                        dir.resolve("o.csv").toString()))
                .isEqualTo(2);
        assertThat(log.toString()).contains("第 3 行 observed 列");
    }

    @Test
    void anAnalystUploadsASeriesAndSeesTheChartAndTable() throws Exception {
        String token = TestAccounts.adminToken(accounts);
        String form = Map.of("series", AGONA, "method", "earsC1", "params", "minSigma=0.5").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/risk/detection"))
                                .header("Authorization", TestAccounts.bearer(token))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"detection-chart\"")
                .contains("data-upper=")
                .contains("minSigma=0.5");

        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(AGONA.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "agona.csv";
            }
        });
        body.add("method", "glrpois");
        body.add("from", "27");
        body.add("params", "c.ARL=4");
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/risk/detection")
                .header("Authorization", TestAccounts.bearer(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .retrieve()
                .body(Map.class);
        assertThat(outcome).containsEntry("method", "GLR_POIS");
        assertThat((Map<String, Object>) outcome.get("params")).containsEntry("c.ARL", "4");
        assertThat((List<?>) outcome.get("results")).isNotEmpty();
    }
}
