package org.zhijian.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.TestApi;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.platform.cli.CommandLauncher;
import picocli.CommandLine;

@IntegrationTest
@SuppressWarnings("unchecked")
class DescriptionClassificationIT {

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @TempDir
    Path dir;

    private final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();

    private Map<String, Object> api(HttpMethod method, String path, Object body) {
        return TestApi.call(port, TestAccounts.adminToken(accounts), method, path, body);
    }

    private Map<String, Object> complaint(String no, String product, String description, String category) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "complaint_no", no,
                "channel", "网络",
                "received_at", "2026-06-01 10:00",
                "respondent_name", "某某商店",
                "county_code", "430104",
                "product", product,
                "description", description));
        if (category != null) {
            body.put("category_code", category);
        }
        return api(HttpMethod.POST, "/api/v1/complaints", body);
    }

    private static Map<String, Object> classified(Map<String, Object> record) {
        return (Map<String, Object>) record.get("classifiedAs");
    }

    @Test
    void aComplaintWithoutCategoryGetsTheClassifiersCategoryAndHazard() {
        Map<String, Object> auto = complaint("CLS-A-" + tag, "", "电瓶车充电器充了一夜外壳融化，差点着火", null);
        Map<String, Object> given = complaint("CLS-B-" + tag, "电热水壶", "底座漏电", "CON-EE");

        assertThat(classified(auto))
                .containsEntry("categoryCode", "CON-EBIKE-CHG")
                .containsEntry("categoryAuto", true)
                .containsEntry("hazardCode", "FIRE")
                .containsEntry("hazardAuto", true);
        assertThat(classified(given))
                .containsEntry("categoryCode", "CON-EE")
                .containsEntry("categoryAuto", false)
                .containsEntry("hazardCode", "ELECTRIC");
        assertThat(((Number) api(
                                        HttpMethod.GET,
                                        "/api/v1/complaints?hazard=FIRE&category=CON-EBIKE&q=CLS-A-" + tag,
                                        null)
                                .get("total"))
                        .longValue())
                .isEqualTo(1);
    }

    @Test
    void anOfficersKeywordReclassifiesAutomaticRecordsButNotAnOfficersChoice() {
        String word = "闪" + tag.toLowerCase() + "宝";
        long auto = ((Number) complaint("CLS-C-" + tag, "", "买的" + word + "用了三天坏了", null)
                        .get("id"))
                .longValue();
        long chosen = ((Number)
                        complaint("CLS-D-" + tag, "", "买的" + word + "有异味", null).get("id"))
                .longValue();
        assertThat(api(
                        HttpMethod.PUT,
                        "/api/v1/complaints/" + chosen + "/classification",
                        Map.of("categoryCode", "CON-EE", "hazard", "化学危害")))
                .extracting(m -> classified(m))
                .isEqualTo(Map.of(
                        "categoryCode",
                        "CON-EE",
                        "categoryAuto",
                        false,
                        "hazardCode",
                        "CHEMICAL",
                        "hazardAuto",
                        false));
        assertThat(classified(api(HttpMethod.GET, "/api/v1/complaints/" + auto, null))
                        .get("categoryCode"))
                .isNull();

        Map<String, Object> added = api(
                HttpMethod.POST,
                "/api/v1/classification/keywords",
                Map.of("dictionary", "CATEGORY", "label", "con-child-toy", "term", word, "weight", 1.5));
        assertThat(added).containsEntry("_status", 201).containsEntry("label", "CON-CHILD-TOY");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(classified(api(HttpMethod.GET, "/api/v1/complaints/" + auto, null))
                                .get("categoryCode"))
                        .isEqualTo("CON-CHILD-TOY"));
        assertThat(classified(api(HttpMethod.GET, "/api/v1/complaints/" + chosen, null))
                        .get("categoryCode"))
                .isEqualTo("CON-EE");

        assertThat(api(
                        HttpMethod.POST,
                        "/api/v1/classification/keywords",
                        Map.of("dictionary", "CATEGORY", "label", "CON-CHILD-TOY", "term", word)))
                .containsEntry("_status", 409);
        long id = ((Number) added.get("id")).longValue();
        assertThat(api(HttpMethod.DELETE, "/api/v1/classification/keywords/" + id, null))
                .containsEntry("_status", 204);
        assertThat(api(HttpMethod.DELETE, "/api/v1/classification/keywords/" + id, null))
                .containsEntry("_status", 404);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(classified(api(HttpMethod.GET, "/api/v1/complaints/" + auto, null))
                                .get("categoryCode"))
                        .isNull());
        assertThat(jdbc.sql("select count(*) from audit_event where action in ('KEYWORD_ADD', 'KEYWORD_REMOVE')"
                                + " and object_id = ?")
                        .param(Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        assertThat(api(
                        HttpMethod.PUT,
                        "/api/v1/complaints/" + chosen + "/classification",
                        Map.of("categoryCode", "", "hazard", "")))
                .extracting(m -> classified(m).get("hazardAuto"))
                .isEqualTo(true);
    }

    @Test
    void badKeywordsAreRefusedWithTheirCodes() {
        assertThat(api(
                        HttpMethod.POST,
                        "/api/v1/classification/keywords",
                        Map.of("dictionary", "CATEGORY", "label", "NO-SUCH", "term", "词")))
                .containsEntry("_status", 422)
                .extracting(m -> (String) m.get("_body"))
                .asString()
                .contains("CLASSIFICATION_004");
        assertThat(api(
                        HttpMethod.POST,
                        "/api/v1/classification/keywords",
                        Map.of("dictionary", "HAZARD", "label", "FIRE", "term", "着火", "weight", 9)))
                .containsEntry("_status", 422);
        assertThat(api(
                        HttpMethod.POST,
                        "/api/v1/classification/keywords",
                        Map.of("dictionary", "HAZARD", "label", "NONE", "term", "退款")))
                .containsEntry("_status", 422);
        assertThat(api(HttpMethod.PUT, "/api/v1/complaints/999999999/classification", Map.of("categoryCode", "CON")))
                .containsEntry("_status", 404);
    }

    @Test
    void aRemovedSeedTermStaysRemovedWhenTheSeederRunsAgain() throws Exception {
        long id = jdbc.sql("select id from classification_keyword where seeded and removed_at is null"
                        + " and dictionary = 'CATEGORY' and label = 'IND-INST-FLOW' and term = '热量表'")
                .query(Long.class)
                .single();
        api(HttpMethod.DELETE, "/api/v1/classification/keywords/" + id, null);

        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner :
                context.getBeansOfType(ApplicationRunner.class).values()) {
            if (runner.getClass().getSimpleName().startsWith("ClassificationSeeder")) {
                runner.run(none);
            }
        }

        assertThat(jdbc.sql("select count(*) from classification_keyword where label = 'IND-INST-FLOW'"
                                + " and term = '热量表' and removed_at is null")
                        .query(Long.class)
                        .single())
                .isZero();
        api(
                HttpMethod.POST,
                "/api/v1/classification/keywords",
                Map.of("dictionary", "CATEGORY", "label", "IND-INST-FLOW", "term", "热量表"));
    }

    @Test
    void importedInjuriesKeepAWrittenHazardAndGetTheCategoryFromTheText() throws Exception {
        Path file = dir.resolve("injuries.csv");
        Files.writeString(
                file,
                "病例编号,发生日期,发生地县区代码,严重程度,产品,危害类型,经过,来源\n"
                        + "CLS-I1-" + tag + ",2026-05-01,430104,2,小太阳,火灾,取暖器倾倒后引燃地毯,医院监测\n"
                        + "CLS-I2-" + tag + ",2026-05-02,430104,3,积木,不明,三岁孩子误吞小零件,报告\n",
                StandardCharsets.UTF_8);
        ImportJob job = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("injuries", file, "i.csv", ImportOptions.strict(), j -> {}));
        assertThat(job.inserted()).isEqualTo(2);

        List<Map<String, Object>> items =
                (List<Map<String, Object>>) api(HttpMethod.GET, "/api/v1/injuries?q=CLS-I&category=CON&size=10", null)
                        .get("items");
        Map<String, Map<String, Object>> byCase = items.stream()
                .filter(i -> ((String) i.get("caseNo")).endsWith(tag))
                .collect(Collectors.toMap(i -> (String) i.get("caseNo"), i -> classified(i)));
        assertThat(byCase.get("CLS-I1-" + tag))
                .containsEntry("categoryCode", "CON-EE-HEAT")
                .containsEntry("hazardCode", "FIRE")
                .containsEntry("hazardAuto", false);
        assertThat(byCase.get("CLS-I2-" + tag))
                .containsEntry("categoryCode", "CON-CHILD-TOY")
                .containsEntry("hazardCode", "CHOKING")
                .containsEntry("hazardAuto", true);
    }

    @Test
    void theSuggestionApiShowsTheWordsAndScores() {
        Map<String, Object> e = api(
                HttpMethod.POST,
                "/api/v1/classification/suggestions",
                Map.of("product", "", "description", "婴儿米粉里吃出了虫子"));

        assertThat((List<String>) e.get("words")).contains("虫子");
        assertThat((Map<String, Object>) e.get("suggestion"))
                .containsEntry("categoryCode", "FOOD-INFANT")
                .containsEntry("hazardCode", "FOREIGN_BODY");
        assertThat(((List<Map<String, Object>>) e.get("categories")).get(0)).containsEntry("name", "婴幼儿配方乳粉");
        assertThat(((Number) api(HttpMethod.GET, "/api/v1/classification/hazard-types", null)
                                .get("total"))
                        .intValue())
                .isEqualTo(11);
    }

    @Test
    void officersUseTheDictionaryPageAndTheClassificationForm() throws Exception {
        String admin = TestAccounts.adminToken(accounts);
        HttpResponse<String> page = get(admin, "/classification/keywords?dictionary=HAZARD&label=FIRE");
        assertThat(page.body()).contains("关键词词典").contains("自燃").contains("试一试");

        HttpResponse<String> trial = post(
                admin,
                "/classification/keywords/trial",
                Map.of("product", "", "description", "电热毯局部过热，老人腿部低温烫伤"),
                true);
        assertThat(trial.body())
                .contains("id=\"trial-result\"")
                .contains("电取暖设备")
                .doesNotContain("<html");

        HttpResponse<String> added = post(
                admin,
                "/classification/keywords",
                Map.of("dictionary", "HAZARD", "label", "BURN", "term", "烫手" + tag, "weight", "1"),
                false);
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(get(admin, "/classification/keywords?dictionary=HAZARD&label=BURN")
                        .body())
                .contains("烫手" + tag);

        long id = ((Number) complaint("CLS-P-" + tag, "", "洗碗机漏水", null).get("id")).longValue();
        assertThat(get(admin, "/complaints/" + id).body()).contains("洗碗机").contains("class=\"tag\"");
        assertThat(post(
                                admin,
                                "/complaints/" + id + "/classification",
                                Map.of("category", "CON-EE-DW", "hazard", "NONE"),
                                false)
                        .statusCode())
                .isEqualTo(302);
        assertThat(classified(api(HttpMethod.GET, "/api/v1/complaints/" + id, null)))
                .containsEntry("categoryAuto", false)
                .containsEntry("hazardCode", "NONE");
    }

    @Test
    void theCliScoresALabelledFileWithTheLiveDictionaries() throws Exception {
        Path file = dir.resolve("labelled.csv");
        try (var in = getClass().getResourceAsStream("/classification/descriptions.csv")) {
            Files.copy(in, file);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));

        assertThat(cli.execute("classify", "evaluate", "--in", file.toString())).isZero();
        String line = out.toString()
                .lines()
                .filter(l -> l.startsWith("描述"))
                .findFirst()
                .orElseThrow();
        double accuracy = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        assertThat(accuracy).isGreaterThanOrEqualTo(0.85);

        assertThat(cli.execute("classify", "text", "羽绒服含绒量不足")).isZero();
        assertThat(out.toString()).contains("产品类别\tCON-APP-CLOTH");
        Files.writeString(file, "a,b\n1,2\n");
        assertThat(cli.execute("classify", "evaluate", "--in", file.toString())).isNotZero();
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestAccounts.bearer(token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path, Map<String, String> form, boolean htmx)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestAccounts.bearer(token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
