package org.zhijian.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;

@IntegrationTest
@SuppressWarnings("unchecked")
class EnterpriseApiIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.zhijian.account.AccountManagement accounts;

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(
                        "Authorization",
                        org.zhijian.account.TestAccounts.bearer(org.zhijian.account.TestAccounts.adminToken(accounts)))
                .build();
    }

    private Map<String, Object> post(Object body) {
        return client().post()
                .uri("/api/v1/enterprises")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((req, res) -> {
                    Map<String, Object> map = res.bodyTo(Map.class);
                    map.put("_status", res.getStatusCode().value());
                    return map;
                });
    }

    @Test
    void createsFindsAndUpdatesAnEnterprise() {
        EnterpriseForm form = EnterpriseFixtures.anEnterpriseIn("430104");

        Map<String, Object> created = post(form);
        EnterpriseForm renamed = new EnterpriseForm(
                form.uscc(),
                null,
                null,
                "岳麓山新名称有限公司",
                List.of(form.name()),
                form.legalRepresentative(),
                form.address(),
                form.countyCode(),
                form.industryCode(),
                "中",
                "存续",
                form.establishedOn(),
                form.categoryCodes(),
                form.licences());
        Map<String, Object> updated = client().put()
                .uri("/api/v1/enterprises/{u}", form.uscc())
                .contentType(MediaType.APPLICATION_JSON)
                .body(renamed)
                .retrieve()
                .body(Map.class);

        assertThat(created).containsEntry("_status", 201).containsEntry("prefectureCode", "430100");
        assertThat(updated).containsEntry("name", "岳麓山新名称有限公司").containsEntry("scale", "MEDIUM");
        assertThat((List<String>) updated.get("formerNames")).containsExactly("长沙测试食品有限公司");
    }

    @Test
    void rejectsAnInvalidCodeAndUnknownReferencesFieldByField() {
        EnterpriseForm form = EnterpriseFixtures.anEnterprise();
        EnterpriseForm bad = new EnterpriseForm(
                "914403001922038217",
                "440301104001819",
                null,
                form.name(),
                List.of(),
                null,
                null,
                "439999",
                "99",
                "巨",
                "存续",
                null,
                List.of("NOPE"),
                List.of());

        Map<String, Object> problem = post(bad);

        assertThat(problem).containsEntry("_status", 422).containsEntry("code", "ENTERPRISE_003");
        assertThat((List<Map<String, String>>) problem.get("errors"))
                .extracting(e -> e.get("field"))
                .contains("uscc", "registrationNumber", "countyCode", "industryCode", "scale", "categoryCodes");
    }

    @Test
    void reportsMissingRequiredFieldsInChinese() {
        Map<String, Object> problem = post(Map.of("uscc", "", "status", "存续"));

        assertThat(problem).containsEntry("_status", 400).containsEntry("code", "PLATFORM_001");
        assertThat((List<Map<String, String>>) problem.get("errors"))
                .anySatisfy(e -> assertThat(e.get("message")).isEqualTo("请填写企业名称"));
    }

    @Test
    void refusesASecondEnterpriseWithTheSameCode() {
        EnterpriseForm form = EnterpriseFixtures.anEnterprise();
        post(form);

        assertThat(post(form)).containsEntry("_status", 409).containsEntry("code", "ENTERPRISE_001");
    }

    @Test
    void searchesByNameFragmentRegionSubtreeIndustrySectionAndCategorySubtree() {
        String token = Long.toString(System.nanoTime(), 36);
        EnterpriseForm form = EnterpriseFixtures.anEnterpriseIn("430702");
        EnterpriseForm named = new EnterpriseForm(
                form.uscc(),
                null,
                null,
                "常德武陵独一无二" + token + "蜂蜜有限公司",
                List.of(),
                null,
                null,
                "430702",
                "14",
                "小",
                "存续",
                null,
                List.of("FOOD-HEALTH"),
                List.of());
        post(named);

        Map<String, Object> page = client().get()
                .uri(
                        "/api/v1/enterprises?q={q}&region=430700&industry=C&category=FOOD&page=1&size=5",
                        "独一无二" + token + "蜂蜜")
                .retrieve()
                .body(Map.class);
        Map<String, Object> elsewhere = client().get()
                .uri("/api/v1/enterprises?q={q}&region=430100", "独一无二" + token + "蜂蜜")
                .retrieve()
                .body(Map.class);
        Map<String, Object> byCode = client().get()
                .uri("/api/v1/enterprises?q={q}", form.uscc().substring(0, 14))
                .retrieve()
                .body(Map.class);

        assertThat(page).containsEntry("total", 1).containsEntry("page", 1).containsEntry("size", 5);
        assertThat((List<Map<String, Object>>) page.get("items"))
                .singleElement()
                .satisfies(
                        e -> assertThat(e).containsEntry("countyName", "武陵区").containsEntry("prefectureName", "常德市"));
        assertThat(elsewhere).containsEntry("total", 0);
        assertThat((List<Map<String, Object>>) byCode.get("items"))
                .extracting(e -> e.get("uscc"))
                .contains(form.uscc());
    }

    @Test
    void findsTwoCharacterFragmentsOfNamesAndFormerNames() {
        EnterpriseForm form = EnterpriseFixtures.anEnterpriseIn("430103");
        post(new EnterpriseForm(
                form.uscc(),
                null,
                null,
                "天心区鼋鼍测试有限公司",
                List.of("湘潭鼋龟老名称有限公司"),
                null,
                null,
                "430103",
                null,
                null,
                "存续",
                null,
                List.of(),
                List.of()));

        Map<String, Object> byName =
                client().get().uri("/api/v1/enterprises?q={q}", "鼋鼍").retrieve().body(Map.class);
        Map<String, Object> byFormer =
                client().get().uri("/api/v1/enterprises?q={q}", "鼋龟").retrieve().body(Map.class);
        Map<String, Object> oneChar =
                client().get().uri("/api/v1/enterprises?q={q}", "鼍").retrieve().body(Map.class);
        Map<String, Object> none =
                client().get().uri("/api/v1/enterprises?q={q}", "鼍鼋").retrieve().body(Map.class);

        assertThat(byName).containsEntry("total", 1);
        assertThat(byFormer).containsEntry("total", 1);
        assertThat(oneChar).containsEntry("total", 1);
        assertThat(none).containsEntry("total", 0);
    }

    @Test
    void answersUnknownEnterprisesWithNotFound() {
        Map<String, Object> problem = client().get()
                .uri("/api/v1/enterprises/91430100329512159P")
                .exchange((req, res) -> res.bodyTo(Map.class));

        assertThat(problem).containsEntry("status", 404).containsEntry("code", "ENTERPRISE_002");
    }

    @Test
    void checksCodesAgainstTheOverrideList() {
        Map<String, Object> pilot =
                client().get().uri("/api/v1/uscc/91350100M0001TGQXM").retrieve().body(Map.class);
        Map<String, Object> wrong =
                client().get().uri("/api/v1/uscc/914403001922038217").retrieve().body(Map.class);

        assertThat(pilot).containsEntry("valid", true).containsEntry("overridden", true);
        assertThat(wrong).containsEntry("valid", false);
        assertThat((String) wrong.get("reason")).contains("校验位错误");
    }
}
