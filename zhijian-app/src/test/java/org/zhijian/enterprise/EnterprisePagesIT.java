package org.zhijian.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhijian.IntegrationTest;

@IntegrationTest
class EnterprisePagesIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.zhijian.account.AccountManagement accounts;

    private String auth() {
        return org.zhijian.account.TestAccounts.bearer(org.zhijian.account.TestAccounts.adminToken(accounts));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", auth())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", auth())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String code, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("uscc", code);
        form.put("name", name);
        form.put("countyCode", "430102");
        form.put("status", "存续");
        form.put("scale", "小");
        form.put("industryCode", "14");
        form.put("formerNames", "旧名一；旧名二");
        form.put("categoryCodes", "FOOD");
        form.put("licences[0].kind", "食品生产许可证");
        form.put("licences[0].number", "SC10643010200001");
        form.put("licences[0].validUntil", "2020-01-01");
        return form;
    }

    @Test
    void createsAnEnterpriseThroughTheFormAndShowsIt() throws Exception {
        String code = EnterpriseFixtures.aCreditCode("430102");

        HttpResponse<String> created = post("/enterprises/new", form(code, "芙蓉区页面测试食品有限公司"));
        HttpResponse<String> detail = get("/enterprises/" + code);

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/enterprises/" + code));
        assertThat(detail.body())
                .contains("芙蓉区页面测试食品有限公司")
                .contains("旧名一；旧名二")
                .contains("SC10643010200001")
                .contains("已过期")
                .contains("长沙市芙蓉区");
    }

    @Test
    void showsFieldErrorsInChineseAndKeepsTheInput() throws Exception {
        Map<String, String> form = form("914403001922038217", "");

        HttpResponse<String> page = post("/enterprises/new", form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("请填写企业名称").contains("914403001922038217");
    }

    @Test
    void showsChecksumErrorsOnTheCodeField() throws Exception {
        HttpResponse<String> page = post("/enterprises/new", form("914403001922038217", "某某有限公司"));

        assertThat(page.body()).contains("统一社会信用代码无效：校验位错误");
    }

    @Test
    void editsAnEnterpriseButNotItsCode() throws Exception {
        String code = EnterpriseFixtures.aCreditCode("430103");
        post("/enterprises/new", form(code, "天心区原名有限公司"));

        HttpResponse<String> saved = post("/enterprises/" + code + "/edit", form(code, "天心区新名有限公司"));
        HttpResponse<String> moved =
                post("/enterprises/" + code + "/edit", form(EnterpriseFixtures.aCreditCode("430103"), "x"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(get("/enterprises/" + code).body()).contains("天心区新名有限公司");
        assertThat(moved.body()).contains("统一社会信用代码不可更改");
    }

    @Test
    void listsAndFiltersEnterprises() throws Exception {
        String code = EnterpriseFixtures.aCreditCode("431102");
        post("/enterprises/new", Map.of("uscc", code, "name", "永州零陵列表测试有限公司", "countyCode", "431102", "status", "注销"));

        HttpResponse<String> page = get("/enterprises?q=" + URLEncoder.encode("零陵列表测试", StandardCharsets.UTF_8)
                + "&region=431100&status=" + URLEncoder.encode("注销", StandardCharsets.UTF_8));

        assertThat(page.body()).contains("永州零陵列表测试有限公司").contains("共 1 家").contains("零陵区");
    }

    @Test
    void answersUnknownEnterprisesWithAChineseNotFoundPage() throws Exception {
        HttpResponse<String> page = get("/enterprises/91430100329512159P");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("未找到企业 91430100329512159P");
    }

    @Test
    void servesTheHomeImportAndCategoryPages() throws Exception {
        assertThat(get("/").body()).contains("在册市场主体").contains("最近的导入");
        assertThat(get("/imports").body()).contains("仅导入有效行").contains("下载模板");
        assertThat(get("/categories").body()).contains("婴幼儿配方乳粉").contains("新增分类");
    }

    @Test
    void addsAProductCategoryAndRefusesToReuseItsCode() throws Exception {
        String code = "TEST-" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        Map<String, String> form =
                Map.of("code", code, "parent", "CON-CHILD", "nameZh", "儿童测试用品", "nameEn", "", "kind", "CONSUMER");

        HttpResponse<String> added = post("/categories", form);
        HttpResponse<String> again = post("/categories", form);

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(get("/categories").body()).contains(code).contains("儿童测试用品");
        assertThat(again.body()).contains("产品分类代码 " + code + " 已存在（代码一经使用不可更改）");
    }
}
