package org.zhijian.enforcement;

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
class EnforcementIT extends RecordKindIT {

    @Test
    void penaltyDecisionsImportOnceLinkToThePartyAndShowTheirPublicity() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String party = CurrentActor.runAs(
                PROVINCE,
                () -> enterprises
                        .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                        .uscc());
        Path file = dir.resolve("cases.csv");
        String header = "决定书文号,当事人,当事人统一社会信用代码,县区代码,违法行为类型,处罚依据,罚款金额（元）,责令停产停业,处罚决定日期,公示截止日期\n";
        String good = "K1-" + tag + ",长沙测试食品有限公司," + party
                + ",430102,生产销售不合格产品,《产品质量法》第四十九条,\"50,000\",否,2026-05-08,2099-05-08\n";
        Files.writeString(
                file,
                header + good + "K2-" + tag + ",某店,,430102,,,-1,也许,2026-05-08,2026-01-01\n",
                StandardCharsets.UTF_8);

        ImportJob rejected = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("cases", file, "k.csv", ImportOptions.strict(), j -> {}));
        String report = Files.readString(imports.report(rejected.id()).orElseThrow());
        Files.writeString(file, header + good, StandardCharsets.UTF_8);
        ImportJob first = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("cases", file, "k.csv", ImportOptions.strict(), j -> {}));
        ImportJob again = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("cases", file, "k.csv", ImportOptions.strict(), j -> {}));

        assertThat(report)
                .contains("3,违法行为类型")
                .contains("3,罚款金额（元）,-1")
                .contains("3,责令停产停业,也许")
                .contains("3,公示截止日期,2026-01-01");
        assertThat(first.inserted()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> found = ((List<Map<String, Object>>)
                        call(admin, HttpMethod.GET, "/api/v1/cases?q=K1-" + tag, null)
                                .get("items"))
                .get(0);
        assertThat(found)
                .containsEntry("linkStatus", "LINKED")
                .containsEntry("enterpriseUscc", party)
                .containsEntry("fineAmount", 50000.0);
        assertThat(call(admin, HttpMethod.GET, "/cases/" + found.get("id"), null)
                        .get("_body")
                        .toString())
                .contains("公示至 2099-05-08")
                .contains("《产品质量法》第四十九条");
        assertThat(call(admin, HttpMethod.GET, "/enterprises/" + party + "/records?kind=行政处罚", null)
                        .get("_body")
                        .toString())
                .contains("行政处罚 1")
                .contains("罚款 50000.00 元");
        assertThat(call(
                        admin,
                        HttpMethod.POST,
                        "/api/v1/cases",
                        Map.of(
                                "case_no",
                                "K1-" + tag,
                                "party_name",
                                "x",
                                "county_code",
                                "430102",
                                "violation_type",
                                "y",
                                "decided_on",
                                "2026-05-01")))
                .containsEntry("_status", 409);
        assertThat(firstExportRow(admin, "/cases/export?q=K1-" + tag)).startsWith("K1-" + tag, "长沙测试食品有限公司", party);
        String yuelu = TestAccounts.token(accounts, "cases-yuelu", Role.COUNTY_OFFICER, "430104", null);
        assertThat(((Number) call(yuelu, HttpMethod.GET, "/api/v1/cases?q=" + tag, null)
                                .get("total"))
                        .longValue())
                .isZero();
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
