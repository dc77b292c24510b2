package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;

/**
 * The sampling pages as a prefecture officer works them, one behaviour a test: item templates, the plan form, the
 * draw, the sample and its results, the follow-up, and what another county may see. Each test walks the pages as far
 * as it needs with the steps below.
 */
@IntegrationTest
class SamplingPagesIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ClassificationManagement classification;

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestAccounts.bearer(token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path, List<Map.Entry<String, String>> form)
            throws Exception {
        String body = form.stream()
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

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    /** The pages of one walk: a plan with its confirmed draw, and the sample taken from the draw's first target. */
    record Walk(SamplingWorld world, String officer, String planPage, String drawPage) {}

    private static String id(String page) {
        return page.substring(page.lastIndexOf('/') + 1);
    }

    private String changsha() {
        return TestAccounts.token(accounts, "pages-changsha", Role.PREFECTURE_OFFICER, "430100", null);
    }

    private String template(SamplingWorld world, String officer) throws Exception {
        return location(post(
                officer,
                "/sampling/item-templates",
                List.of(
                        Map.entry("categoryCode", world.category),
                        Map.entry("name", "菌落总数"),
                        Map.entry("standard", "GB 19645-2010"),
                        Map.entry("unit", "CFU/g"),
                        Map.entry("requirementKind", "MAX"),
                        Map.entry("upper", "50000"),
                        Map.entry("itemClass", "B"))));
    }

    private String plan(SamplingWorld world, String officer) throws Exception {
        template(world, officer);
        return location(post(
                officer,
                "/sampling/plans",
                List.of(
                        Map.entry("year", "2026"),
                        Map.entry("batch", "页面" + world.category),
                        Map.entry("title", "长沙市食品抽查"),
                        Map.entry("level", "PREFECTURE"),
                        Map.entry("organizerRegion", "430100"),
                        Map.entry("institution", "长沙市检验所"),
                        Map.entry("categories", world.category),
                        Map.entry("target_430102", "3"),
                        Map.entry("target_430103", "2"))));
    }

    private Walk confirmedDraw() throws Exception {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        String officer = changsha();
        String planPage = plan(world, officer);
        String drawPage = location(post(officer, planPage + "/draws", List.of(Map.entry("seed", "20261128"))));
        location(post(officer, drawPage + "/confirm", List.of()));
        return new Walk(world, officer, planPage, drawPage);
    }

    private List<Map.Entry<String, String>> sampleForm(Walk walk, String sampleName) throws Exception {
        String form = get(walk.officer(), "/sampling/records/new?draw=" + id(walk.drawPage()) + "&ordinal=1")
                .body();
        String uscc = form.replaceAll("(?s).*name=\"enterpriseUscc\" value=\"([0-9A-Z]{18})\".*", "$1");
        String inspectors = form.replaceAll("(?s).*name=\"inspectors\" required value=\"([^\"]*)\".*", "$1");
        return List.of(
                Map.entry("planId", id(walk.planPage())),
                Map.entry("drawId", id(walk.drawPage())),
                Map.entry("enterpriseUscc", uscc),
                Map.entry("categoryCode", walk.world().category),
                Map.entry("sampleName", sampleName),
                Map.entry("quantity", "6 袋"),
                Map.entry("placeType", "PRODUCTION"),
                Map.entry("manufacturerName", "测试乳业"),
                Map.entry("inspectors", inspectors),
                Map.entry("sampledOn", java.time.LocalDate.now().minusDays(3).toString()));
    }

    private String failedSample(Walk walk) throws Exception {
        String recordPage = location(post(walk.officer(), "/sampling/records", sampleForm(walk, "鲜牛奶")));
        String itemField = get(walk.officer(), recordPage).body().replaceAll("(?s).*name=\"(item_[0-9]+)\".*", "$1");
        location(post(
                walk.officer(),
                recordPage + "/results",
                List.of(
                        Map.entry("round", "1"),
                        Map.entry("reportNo", "CS-1"),
                        Map.entry("reportDate", java.time.LocalDate.now().toString()),
                        Map.entry(itemField, "80000"))));
        return recordPage;
    }

    @Test
    void anOfficerAddsAnItemTemplateAndIsToldWhatIsWrongWithABadOne() throws Exception {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        String changsha = changsha();

        String templatePage = template(world, changsha);
        String refused = post(
                        changsha,
                        "/sampling/item-templates",
                        List.of(
                                Map.entry("categoryCode", world.category),
                                Map.entry("name", "坏值"),
                                Map.entry("standard", "GB 1"),
                                Map.entry("requirementKind", "RANGE"),
                                Map.entry("lower", "9"),
                                Map.entry("upper", "1"),
                                Map.entry("itemClass", "B")))
                .body();

        assertThat(get(changsha, templatePage + "?category=" + world.category).body())
                .contains("菌落总数")
                .contains("≤ 50000 CFU/g");
        assertThat(refused).contains("判定要求不完整");
    }

    @Test
    void thePlanFormOffersOnlyTheOfficersCountiesAndNamesWhatIsMissing() throws Exception {
        String changsha = changsha();

        String form = get(changsha, "/sampling/plans/new").body();
        String targets =
                get(changsha, "/sampling/plans/targets?organizerRegion=430100").body();
        String refused = post(
                        changsha,
                        "/sampling/plans",
                        List.of(
                                Map.entry("year", "2026"),
                                Map.entry("batch", ""),
                                Map.entry("level", "PREFECTURE"),
                                Map.entry("organizerRegion", "430100"),
                                Map.entry("classRatios", "A=3,B=x")))
                .body();

        assertThat(form)
                .contains("name=\"target_430102\"")
                .contains("芙蓉区")
                .doesNotContain("name=\"target_430202\"")
                .contains("name=\"classRatios\"");
        assertThat(targets).contains("target_430103");
        assertThat(refused).contains("批次不能为空").contains("至少选择一个产品类别").contains("B 类的抽查比例“x”不是数字");
    }

    @Test
    void aPlanWeightedByCreditClassShowsItsRatios() throws Exception {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        String changsha = changsha();
        template(world, changsha);
        String planPage = location(post(
                changsha,
                "/sampling/plans",
                List.of(
                        Map.entry("year", "2026"),
                        Map.entry("batch", "加权" + world.category),
                        Map.entry("title", "长沙市信用加权抽查"),
                        Map.entry("level", "PREFECTURE"),
                        Map.entry("organizerRegion", "430100"),
                        Map.entry("institution", "长沙市检验所"),
                        Map.entry("categories", world.category),
                        Map.entry("target_430102", "3"),
                        Map.entry("classRatios", "d=80, c=30, b=10, a=3"))));

        assertThat(get(changsha, planPage).body()).contains("A=3,B=10,C=30,D=80");
    }

    @Test
    void aConfirmedDrawCannotBeChangedAndVerifiesAndExportsItsTargets() throws Exception {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        String changsha = changsha();
        String planPage = plan(world, changsha);

        String drawPage = location(post(changsha, planPage + "/draws", List.of(Map.entry("seed", "20261128"))));
        String pending = get(changsha, drawPage).body();
        String confirmedAt = location(post(changsha, drawPage + "/confirm", List.of()));
        HttpResponse<byte[]> xlsx = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + drawPage + "/export"))
                        .header("Authorization", TestAccounts.bearer(changsha))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(get(changsha, planPage).body())
                .contains("长沙市食品抽查")
                .contains("菌落总数")
                .contains("芙蓉区");
        assertThat(pending).contains("待确认").contains("20261128").contains("抽中对象（5 家）");
        assertThat(pending).contains("<span>抽取 #" + id(drawPage) + "</span>");
        assertThat(confirmedAt).isEqualTo(drawPage);
        assertThat(get(changsha, drawPage).body()).contains("已确认").doesNotContain("id=\"confirm\"");
        assertThat(get(changsha, drawPage + "?verify=true").body()).contains("复核一致");
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
        assertThat(get(changsha, "/sampling/plans").body()).contains("长沙市食品抽查").contains("已确认");
    }

    @Test
    void aSampleFromTheDrawIsRecordedJudgedAndFoundByItsFilters() throws Exception {
        Walk walk = confirmedDraw();
        String changsha = walk.officer();

        String form = get(changsha, "/sampling/records/new?draw=" + id(walk.drawPage()) + "&ordinal=1")
                .body();
        String refused =
                post(changsha, "/sampling/records", sampleForm(walk, "")).body();
        String recordPage = failedSample(walk);

        assertThat(form).contains("填写抽样单").contains("name=\"inspectors\"");
        assertThat(refused).contains("样品名称不能为空");
        assertThat(get(changsha, recordPage).body())
                .contains("鲜牛奶")
                .contains("不合格")
                .contains("80000 超过上限 50000");
        String row = "href=\"" + recordPage + "\"";
        assertThat(get(changsha, "/sampling/records?verdict=NONCONFORMING&q=%E9%B2%9C%E7%89%9B%E5%A5%B6")
                        .body())
                .contains(row);
        assertThat(get(changsha, "/sampling/records?category=FOOD&q=%E9%B2%9C%E7%89%9B%E5%A5%B6")
                        .body())
                .as("the world's category is under FOOD")
                .contains(row);
        assertThat(get(changsha, "/sampling/records?category=CON&q=%E9%B2%9C%E7%89%9B%E5%A5%B6")
                        .body())
                .doesNotContain(row);
        assertThat(get(changsha, "/categories/" + walk.world().category + "/records?kind=%E6%8A%BD%E6%9F%A5")
                        .body())
                .contains(row);
    }

    @Test
    void aSampleWaitsForItsResultsBeforeItIsJudged() throws Exception {
        Walk walk = confirmedDraw();

        String recordPage = location(post(walk.officer(), "/sampling/records", sampleForm(walk, "鲜牛奶")));

        assertThat(get(walk.officer(), recordPage).body()).contains("待检验").contains("菌落总数");
    }

    @Test
    void theFollowUpOfAFailedSampleIsWorkedInItsPages() throws Exception {
        Walk walk = confirmedDraw();
        String changsha = walk.officer();
        String recordPage = failedSample(walk);
        String today = java.time.LocalDate.now().toString();

        String notified =
                location(post(changsha, recordPage + "/notification", List.of(Map.entry("notifiedOn", today))));
        String followed = get(changsha, recordPage).body();
        String objected = location(post(changsha, recordPage + "/objection", List.of(Map.entry("reason", "样品运输温度异常"))));

        assertThat(notified).isEqualTo(recordPage);
        assertThat(followed)
                .contains("复检申请期限")
                .contains("整改期限")
                .contains("复查期限")
                .contains("id=\"object\"");
        assertThat(objected).isEqualTo(recordPage);
        assertThat(get(changsha, recordPage).body())
                .contains("样品运输温度异常")
                .contains("待处理")
                .contains("id=\"accept\"");
        assertThat(get(changsha, "/sampling/overdue").statusCode()).isEqualTo(200);
    }

    @Test
    void aPlanIsPublishedAndItsEnterprisesNotifiedFromThePlanPage() throws Exception {
        Walk walk = confirmedDraw();
        String changsha = walk.officer();
        String planPage = walk.planPage();
        failedSample(walk);

        String published = location(post(changsha, planPage + "/publication", List.of()));
        String page = get(changsha, planPage).body();
        String notified = location(post(
                changsha,
                planPage + "/notification",
                List.of(Map.entry("notifiedOn", java.time.LocalDate.now().toString()))));
        String refused =
                location(post(changsha, planPage + "/notification", List.of(Map.entry("notifiedOn", "2999-01-01"))));

        assertThat(published).isEqualTo(planPage);
        assertThat(page).contains("id=\"notify-all\"");
        assertThat(notified).isEqualTo(planPage);
        assertThat(refused).as("refused with a message on the plan page").isEqualTo(planPage);
    }

    @Test
    void anotherCountysOfficerNeitherSeesNorChangesThePlanItsDrawOrItsSamples() throws Exception {
        Walk walk = confirmedDraw();
        String recordPage = failedSample(walk);

        String yuelu = TestAccounts.token(accounts, "pages-yuelu", Role.COUNTY_OFFICER, "430104", null);

        assertThat(get(yuelu, recordPage).statusCode()).isEqualTo(404);
        assertThat(get(yuelu, walk.planPage()).statusCode()).isEqualTo(404);
        assertThat(get(yuelu, walk.drawPage()).statusCode()).isEqualTo(404);
        assertThat(post(yuelu, walk.drawPage() + "/discard", List.of()).statusCode())
                .isEqualTo(404);
    }
}
