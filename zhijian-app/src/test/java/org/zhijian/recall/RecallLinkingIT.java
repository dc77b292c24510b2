package org.zhijian.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

@IntegrationTest
@SuppressWarnings("unchecked")
class RecallLinkingIT {

    private static final Actor PROVINCE = RecallFixtures.PROVINCE;

    @LocalServerPort
    int port;

    @Autowired
    ImportManagement imports;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    /** Two CJK characters no other test uses as a trade name. */
    private static String tradeName(Random random) {
        return new String(
                new char[] {(char) (0x6C00 + random.nextInt(0x600)), (char) (0x6C00 + random.nextInt(0x600))});
    }

    private String registered(String name, String county) {
        return RecallFixtures.registered(enterprises, name, county);
    }

    private RestClient.RequestHeadersSpec<?> api(String method, String path, Object body) {
        return RecallFixtures.api(port, accounts, method, path, body);
    }

    private Map<String, Object> recall(String reference) {
        Map<String, Object> page = api("GET", "/api/v1/recalls?source=DOMESTIC&q=" + reference, null)
                .retrieve()
                .body(Map.class);
        return ((List<Map<String, Object>>) page.get("items")).get(0);
    }

    @Test
    void domesticRecallsLinkByCodeOrUniqueNameAndOfficersResolveTheRest() throws Exception {
        Random random = new Random(System.nanoTime());
        String a = tradeName(random);
        String b = tradeName(random);
        String c = tradeName(random);
        String byCode = registered("湖南" + a + "玩具有限公司", "430104");
        String byName = registered("长沙" + b + "玩具有限公司", "430104");
        String food = registered("湖南" + c + "食品有限公司", "430102");
        registered("湖南" + c + "建材有限公司", "430102");
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        Path file = dir.resolve("domestic.csv");
        Files.writeString(
                file,
                "来源,编号,召回日期,产品,生产者,生产者统一社会信用代码,所在县区代码\n"
                        + "国内,L1-" + tag + ",2026-05-08,儿童玩具车,," + byCode + ",430104\n"
                        + "国内,L2-" + tag + ",2026-05-09,积木," + b + "玩具（长沙）有限责任公司,,430104\n"
                        + "国内,L3-" + tag + ",2026-05-10,饼干,湖南" + c + "有限公司,,430102\n",
                StandardCharsets.UTF_8);

        ImportJob job = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("recalls", file, "domestic.csv", ImportOptions.strict(), j -> {}));

        assertThat(job.status()).as(job.message()).isEqualTo("SUCCEEDED");
        assertThat(recall("L1-" + tag)).containsEntry("linkStatus", "LINKED").containsEntry("manufacturerUscc", byCode);
        assertThat(recall("L2-" + tag))
                .containsEntry("linkStatus", "MATCHED")
                .containsEntry("manufacturerUscc", byName);
        Map<String, Object> open = recall("L3-" + tag);
        assertThat(open).containsEntry("linkStatus", "UNRESOLVED").containsEntry("manufacturerUscc", null);
        long id = ((Number) open.get("id")).longValue();
        List<Map<String, Object>> candidates =
                (List<Map<String, Object>>) api("GET", "/api/v1/recalls/" + id + "/candidates", null)
                        .retrieve()
                        .body(Map.class)
                        .get("items");
        assertThat(candidates).extracting(m -> m.get("uscc")).contains(food);
        assertThat(candidates)
                .allSatisfy(
                        m -> assertThat(((Number) m.get("score")).doubleValue()).isLessThan(0.9));

        Map<String, Object> linked = api("POST", "/api/v1/recalls/" + id + "/link", Map.of("uscc", food))
                .retrieve()
                .body(Map.class);

        assertThat(linked).containsEntry("linkStatus", "LINKED").containsEntry("manufacturerUscc", food);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECALL_LINK' and object_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String page = api("GET", "/recalls/" + id, null).retrieve().body(String.class);
        assertThat(page).contains("已关联（信用代码或人工确认）").contains(food);
        var refused = api("POST", "/api/v1/recalls/" + id + "/link", Map.of("uscc", "91430100MA4L000000"))
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(refused).isEqualTo(422);
    }
}
