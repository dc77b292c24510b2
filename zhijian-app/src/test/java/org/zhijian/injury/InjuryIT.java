package org.zhijian.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.RecordKindIT;

@IntegrationTest
@SuppressWarnings("unchecked")
class InjuryIT extends RecordKindIT {

    @Test
    void casesImportCheckedLinkedAndScopedAndOneIsRegisteredByTheApi() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String maker = CurrentActor.runAs(
                PROVINCE,
                () -> enterprises
                        .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                        .uscc());
        Path file = dir.resolve("injuries.csv");
        Files.writeString(
                file,
                "病例编号,发生日期,发生地县区代码,年龄段,性别,伤害类型,严重程度,产品,经过,来源,生产者统一社会信用代码\n"
                        + "I1-" + tag + ",2026-05-08,430102,5-9,男,烧烫伤,2,电热水壶,倒水时壶底脱落,医院监测," + maker + "\n"
                        + "I2-" + tag + ",2099-01-01,430100,3-6,未知,,5,,,朋友圈,\n",
                StandardCharsets.UTF_8);

        ImportJob rejected = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("injuries", file, "i.csv", ImportOptions.strict(), j -> {}));
        String report = Files.readString(imports.report(rejected.id()).orElseThrow());
        ImportJob valid = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("injuries", file, "i.csv", new ImportOptions(true, false), j -> {}));

        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(report)
                .contains("3,发生日期,2099-01-01")
                .contains("3,发生地县区代码,430100")
                .contains("3,年龄段,3-6")
                .contains("3,性别,未知")
                .contains("3,严重程度,5")
                .contains("3,产品")
                .contains("3,来源,朋友圈");
        assertThat(valid.inserted()).isEqualTo(1);
        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> page = call(admin, HttpMethod.GET, "/api/v1/injuries?q=I1-" + tag + "&severity=2", null);
        Map<String, Object> found = ((List<Map<String, Object>>) page.get("items")).get(0);
        assertThat(found)
                .containsEntry("linkStatus", "LINKED")
                .containsEntry("enterpriseUscc", maker)
                .containsEntry("countyName", "芙蓉区");
        assertThat(call(admin, HttpMethod.GET, "/injuries/" + found.get("id"), null)
                        .get("_body")
                        .toString())
                .contains("2 级（需急诊）")
                .contains("倒水时壶底脱落");
        assertThat(call(admin, HttpMethod.GET, "/enterprises/" + maker + "/records", null)
                        .get("_body")
                        .toString())
                .contains("产品伤害 1")
                .contains("电热水壶（I1-" + tag);

        Map<String, Object> created = call(
                admin,
                HttpMethod.POST,
                "/api/v1/injuries",
                Map.of(
                        "case_no",
                        "I3-" + tag,
                        "occurred_on",
                        "2026-06-01",
                        "county_code",
                        "430104",
                        "severity",
                        "3",
                        "product",
                        "儿童自行车",
                        "source",
                        "报告"));
        assertThat(created).containsEntry("_status", 201).containsEntry("severity", 3);
        assertThat(call(admin, HttpMethod.POST, "/api/v1/injuries", Map.of("case_no", "I3-" + tag)))
                .containsEntry("_status", 422);

        assertThat(firstExportRow(admin, "/injuries/export?q=I1-" + tag)).startsWith("I1-" + tag, "2026-05-08", "芙蓉区");
        String furong = TestAccounts.token(accounts, "injury-furong", Role.COUNTY_OFFICER, "430102", null);
        Map<String, Object> mine = call(furong, HttpMethod.GET, "/api/v1/injuries?q=" + tag, null);
        assertThat(((List<Map<String, Object>>) mine.get("items")))
                .extracting(m -> m.get("caseNo"))
                .containsExactly("I1-" + tag);
    }

    /** The first data row's cells of an XLSX export. */
    private List<String> firstExportRow(String token, String path) throws Exception {
        byte[] xlsx = RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token))
                .retrieve()
                .body(byte[].class);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> cells = new java.util.ArrayList<>();
            book.getSheetAt(0)
                    .getRow(1)
                    .forEach(c -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c)));
            return cells;
        }
    }
}
