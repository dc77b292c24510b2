package org.zhijian.recall;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
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
class RecallWatchIT {

    private static final Actor PROVINCE = RecallFixtures.PROVINCE;
    private static final String POOL = "鑫华盛达兴隆宏源泰恒瑞丰祥福康嘉和信诚德顺利金宇天海东南湘楚";

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

    private String registered(String name, String county) {
        return RecallFixtures.registered(enterprises, name, county);
    }

    private static String pinyin(String text) {
        StringBuilder s = new StringBuilder();
        for (Pinyin p : HanLP.convertToPinyinList(text)) {
            String syllable = p.getPinyinWithoutTone();
            s.append(Character.toUpperCase(syllable.charAt(0)))
                    .append(syllable.substring(1))
                    .append(' ');
        }
        return s.toString().strip();
    }

    private RestClient.RequestHeadersSpec<?> api(String method, String path, Object body) {
        return RecallFixtures.api(port, accounts, method, path, body);
    }

    @Test
    void aForeignRecallOfAChineseMadeProductFindsTheEnterpriseInTheNamedPlace() throws Exception {
        Random random = new Random(System.nanoTime());
        String trade = "" + POOL.charAt(random.nextInt(POOL.length())) + POOL.charAt(random.nextInt(POOL.length()))
                + POOL.charAt(random.nextInt(POOL.length()));
        String liuyang = registered("浏阳市" + trade + "烟花制造有限公司", "430181");
        String liling = registered("醴陵市" + trade + "烟花有限公司", "430281");
        String firm = "Hunan Liuyang " + pinyin(trade) + " Fireworks Co., Ltd.";
        String reference = "W" + Long.toString(System.nanoTime(), 36);
        Path file = dir.resolve("cpsc.json");
        Files.writeString(
                file,
                "[{\"RecallID\": 1, \"RecallNumber\": \"" + reference + "\", \"RecallDate\": \"2026-06-01T00:00:00\","
                        + " \"Title\": \"Fountain fireworks recalled due to burn hazard\","
                        + " \"Products\": [{\"Name\": \"Fountain fireworks\"}],"
                        + " \"Manufacturers\": [{\"Name\": \"" + firm + "\"}],"
                        + " \"ManufacturerCountries\": [{\"Country\": \"China\"}],"
                        + " \"Hazards\": [{\"Name\": \"Burn hazard\"}]}]",
                StandardCharsets.UTF_8);

        ImportJob job = CurrentActor.runAs(
                PROVINCE,
                () -> imports.importNow(
                        "recalls", file, "cpsc.json", new ImportOptions(false, false, "cpsc"), j -> {}));

        assertThat(job.status()).as(job.message()).isEqualTo("SUCCEEDED");
        Map<String, Object> page = api("GET", "/api/v1/recalls/watch?status=NEW&size=500", null)
                .retrieve()
                .body(Map.class);
        List<Map<String, Object>> ours = ((List<Map<String, Object>>) page.get("items"))
                .stream().filter(m -> reference.equals(m.get("reference"))).toList();
        assertThat(ours)
                .extracting(m -> m.get("enterpriseUscc"))
                .contains(liuyang)
                .doesNotContain(liling);
        long recallId = ((Number) ours.get(0).get("recallId")).longValue();

        int status = api("POST", "/api/v1/recalls/watch/" + recallId + "/" + liuyang, Map.of("status", "FOLLOWING"))
                .exchange((req, res) -> res.getStatusCode().value());

        assertThat(status).isEqualTo(204);
        String watchPage =
                api("GET", "/recalls/watch?status=FOLLOWING", null).retrieve().body(String.class);
        assertThat(watchPage)
                .contains(reference)
                .contains("浏阳市" + trade + "烟花制造有限公司")
                .contains("跟进中");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RECALL_WATCH' and object_id = :id")
                        .param("id", Long.toString(recallId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(enterprises.foreignNameCandidates("Acme Trading Co., Ltd.", 5))
                .isEmpty();
    }
}
