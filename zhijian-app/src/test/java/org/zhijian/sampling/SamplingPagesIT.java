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

    @Test
    void aPrefectureOfficerPlansDrawsConfirmsAndVerifiesInThePages() throws Exception {
        SamplingWorld world = SamplingWorld.create(accounts, enterprises, classification);
        String changsha = TestAccounts.token(accounts, "pages-changsha", Role.PREFECTURE_OFFICER, "430100", null);

        String templatePage = location(post(
                changsha,
                "/sampling/item-templates",
                List.of(
                        Map.entry("categoryCode", world.category),
                        Map.entry("name", "菌落总数"),
                        Map.entry("standard", "GB 19645-2010"),
                        Map.entry("unit", "CFU/g"),
                        Map.entry("requirementKind", "MAX"),
                        Map.entry("upper", "50000"),
                        Map.entry("itemClass", "B"))));
        assertThat(get(changsha, templatePage + "?category=" + world.category).body())
                .contains("菌落总数")
                .contains("≤ 50000 CFU/g");
        assertThat(post(
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
                        .body())
                .contains("判定要求不完整");

        String form = get(changsha, "/sampling/plans/new").body();
        assertThat(form).contains("name=\"target_430102\"").contains("芙蓉区").doesNotContain("name=\"target_430202\"");
        assertThat(get(changsha, "/sampling/plans/targets?organizerRegion=430100")
                        .body())
                .contains("target_430103");

        String bad = post(
                        changsha,
                        "/sampling/plans",
                        List.of(
                                Map.entry("year", "2026"),
                                Map.entry("batch", ""),
                                Map.entry("level", "PREFECTURE"),
                                Map.entry("organizerRegion", "430100")))
                .body();
        assertThat(bad).contains("批次不能为空").contains("至少选择一个产品类别");

        String planPage = location(post(
                changsha,
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
        String plan = get(changsha, planPage).body();
        assertThat(plan).contains("长沙市食品抽查").contains("菌落总数").contains("芙蓉区");

        String drawPage = location(post(changsha, planPage + "/draws", List.of(Map.entry("seed", "20261128"))));
        String drawn = get(changsha, drawPage).body();
        assertThat(drawn).contains("待确认").contains("20261128").contains("抽中对象（5 家）");

        assertThat(location(post(changsha, drawPage + "/confirm", List.of()))).isEqualTo(drawPage);
        assertThat(get(changsha, drawPage).body()).contains("已确认").doesNotContain("id=\"confirm\"");
        assertThat(get(changsha, drawPage + "?verify=true").body()).contains("复核一致");
        HttpResponse<byte[]> xlsx = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + drawPage + "/export"))
                        .header("Authorization", TestAccounts.bearer(changsha))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
        assertThat(get(changsha, "/sampling/plans").body()).contains("长沙市食品抽查").contains("已确认");

        String newRecord = get(
                        changsha,
                        "/sampling/records/new?draw=" + drawPage.substring(drawPage.lastIndexOf('/') + 1)
                                + "&ordinal=1")
                .body();
        assertThat(newRecord).contains("填写抽样单").contains("name=\"inspectors\"");
        String uscc = newRecord.replaceAll("(?s).*name=\"enterpriseUscc\" value=\"([0-9A-Z]{18})\".*", "$1");
        String inspectors = newRecord.replaceAll("(?s).*name=\"inspectors\" required value=\"([^\"]*)\".*", "$1");
        List<Map.Entry<String, String>> record = new java.util.ArrayList<>(List.of(
                Map.entry("planId", planPage.substring(planPage.lastIndexOf('/') + 1)),
                Map.entry("drawId", drawPage.substring(drawPage.lastIndexOf('/') + 1)),
                Map.entry("enterpriseUscc", uscc),
                Map.entry("categoryCode", world.category),
                Map.entry("sampleName", "鲜牛奶"),
                Map.entry("quantity", "6 袋"),
                Map.entry("placeType", "PRODUCTION"),
                Map.entry("manufacturerName", "测试乳业"),
                Map.entry("inspectors", inspectors),
                Map.entry("sampledOn", java.time.LocalDate.now().minusDays(3).toString())));
        record.set(4, Map.entry("sampleName", ""));
        assertThat(post(changsha, "/sampling/records", record).body()).contains("样品名称不能为空");
        record.set(4, Map.entry("sampleName", "鲜牛奶"));
        String recordPage = location(post(changsha, "/sampling/records", record));
        String shown = get(changsha, recordPage).body();
        assertThat(shown).contains("鲜牛奶").contains("待检验").contains("菌落总数");
        String itemField = shown.replaceAll("(?s).*name=\"(item_[0-9]+)\".*", "$1");
        assertThat(location(post(
                        changsha,
                        recordPage + "/results",
                        List.of(
                                Map.entry("round", "1"),
                                Map.entry("reportNo", "CS-1"),
                                Map.entry(
                                        "reportDate", java.time.LocalDate.now().toString()),
                                Map.entry(itemField, "80000")))))
                .isEqualTo(recordPage);
        assertThat(get(changsha, recordPage).body()).contains("不合格").contains("80000 超过上限 50000");
        assertThat(get(changsha, "/sampling/records?verdict=NONCONFORMING&q=%E9%B2%9C%E7%89%9B%E5%A5%B6")
                        .body())
                .contains("鲜牛奶");
        String row = "href=\"" + recordPage + "\"";
        assertThat(get(changsha, "/sampling/records?category=FOOD&q=%E9%B2%9C%E7%89%9B%E5%A5%B6")
                        .body())
                .as("the world's category is under FOOD")
                .contains(row);
        assertThat(get(changsha, "/sampling/records?category=CON&q=%E9%B2%9C%E7%89%9B%E5%A5%B6")
                        .body())
                .doesNotContain(row);
        assertThat(get(changsha, "/categories/" + world.category + "/records?kind=%E6%8A%BD%E6%9F%A5")
                        .body())
                .contains(row);

        assertThat(location(post(
                        changsha,
                        recordPage + "/notification",
                        List.of(Map.entry(
                                "notifiedOn", java.time.LocalDate.now().toString())))))
                .isEqualTo(recordPage);
        String followed = get(changsha, recordPage).body();
        assertThat(followed)
                .contains("复检申请期限")
                .contains("整改期限")
                .contains("复查期限")
                .contains("id=\"object\"");
        assertThat(location(post(changsha, recordPage + "/objection", List.of(Map.entry("reason", "样品运输温度异常")))))
                .isEqualTo(recordPage);
        assertThat(get(changsha, recordPage).body())
                .contains("样品运输温度异常")
                .contains("待处理")
                .contains("id=\"accept\"");
        assertThat(get(changsha, "/sampling/overdue").statusCode()).isEqualTo(200);
        assertThat(location(post(changsha, planPage + "/publication", List.of())))
                .isEqualTo(planPage);
        assertThat(get(changsha, planPage).body()).contains("id=\"notify-all\"");
        assertThat(location(post(
                        changsha,
                        planPage + "/notification",
                        List.of(Map.entry(
                                "notifiedOn", java.time.LocalDate.now().toString())))))
                .isEqualTo(planPage);
        assertThat(location(post(changsha, planPage + "/notification", List.of(Map.entry("notifiedOn", "2999-01-01")))))
                .as("refused with a message on the plan page")
                .isEqualTo(planPage);

        String yuelu = TestAccounts.token(accounts, "pages-yuelu", Role.COUNTY_OFFICER, "430104", null);
        assertThat(get(yuelu, recordPage).statusCode()).isEqualTo(404);
        assertThat(get(yuelu, planPage).statusCode()).isEqualTo(404);
        assertThat(get(yuelu, drawPage).statusCode()).isEqualTo(404);
        assertThat(post(yuelu, drawPage + "/discard", List.of()).statusCode()).isEqualTo(404);
    }
}
