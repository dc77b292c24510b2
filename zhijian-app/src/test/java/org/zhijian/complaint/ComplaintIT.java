package org.zhijian.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.TestApi;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportOptions;
import org.zhijian.records.RecordKindIT;

/** Complaints end to end, one behaviour each: import, links, masking, handling, area and export. */
@IntegrationTest
@SuppressWarnings("unchecked")
class ComplaintIT extends RecordKindIT {

    private static final String HEADER = "工单编号,渠道,登记时间,投诉人,联系电话,身份证号,被投诉方,被投诉方统一社会信用代码,所属县区代码,产品或服务,投诉内容,涉及金额（元）\n";

    @Autowired
    JdbcClient jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    private final String trade = "澜" + (char) (0x6C00 + (int) (System.nanoTime() % 0x500));
    private String admin;
    private String byCode;
    private String byName;

    @BeforeEach
    void registry() {
        admin = TestAccounts.adminToken(accounts);
        byCode = registered("长沙" + trade + "电器有限公司");
        byName = registered("湖南" + trade + "食品有限公司");
    }

    private String good() {
        return "C1-" + tag + ",12315热线,2026-05-08 09:30,李四,13800001234,11010519491231002X,某电器店," + byCode
                + ",430102,电热水壶,底座漏电,199\n"
                + "C2-" + tag + ",网络,2026-05-09,王五,13900005678,,湖南" + trade + "食品有限公司,,430102,饼干,饼干发霉,12.5\n";
    }

    @Test
    void aFileWithOneBadRowIsRefusedWholeWithEachProblemByRowAndColumn() throws Exception {
        String bad = "C3-" + tag + ",微信,2026-05-10,赵六,12,110105194912310021,某店,,430100,,,-3\n";

        ImportJob job = importComplaints(HEADER + good() + bad);

        assertThat(job.inserted()).isZero();
        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(Files.readString(imports.report(job.id()).orElseThrow()))
                .contains("4,渠道,微信")
                .contains("4,身份证号,110105194912310021")
                .contains("4,所属县区代码,430100")
                .contains("4,投诉内容")
                .contains("4,涉及金额（元）,-3");
        assertThat(TestApi.call(port, admin, HttpMethod.GET, "/api/v1/complaints?q=" + tag, null))
                .containsEntry("total", 0);
    }

    @Test
    void importedComplaintsLinkByCreditCodeOrUniqueNameWithPersonalDataMasked() throws Exception {
        assertThat(importComplaints(HEADER + good()).inserted()).isEqualTo(2);

        assertThat(complaint("C1-"))
                .containsEntry("linkStatus", "LINKED")
                .containsEntry("enterpriseUscc", byCode)
                .containsEntry("complainantPhone", "138****1234")
                .containsEntry("complainantId", "110105********002X")
                .containsEntry("complainantName", "李*");
        assertThat(complaint("C2-")).containsEntry("linkStatus", "MATCHED").containsEntry("enterpriseUscc", byName);
    }

    @Test
    void theHandlerSeesPersonalDataOnAskingAndTheViewingIsAudited() throws Exception {
        importComplaints(HEADER + good());
        long id = id(complaint("C1-"));

        String page = (String) TestApi.call(port, admin, HttpMethod.GET, "/complaints/" + id + "?personal=true", null)
                .get("_body");

        assertThat(page).contains("13800001234").contains("11010519491231002X");
        assertThat(audits("COMPLAINT_PERSONAL_DATA", id)).isEqualTo(1);
    }

    @Test
    void aComplaintMovesOnOnlyInOrderAndClosesOnlyWithAnOutcome() throws Exception {
        importComplaints(HEADER + good());
        long id = id(complaint("C1-"));

        assertThat(move(id, "MEDIATING", null)).containsEntry("_status", 409);
        assertThat(move(id, "受理", null)).containsEntry("status", "ACCEPTED");
        assertThat(move(id, "MEDIATING", null)).containsEntry("status", "MEDIATING");
        assertThat(move(id, "CLOSED", "")).containsEntry("_status", 422);
        assertThat(move(id, "CLOSED", "调解成功，退货退款 199 元"))
                .containsEntry("status", "CLOSED")
                .containsEntry("outcome", "调解成功，退货退款 199 元");
        assertThat(audits("COMPLAINT_CLOSED", id)).isEqualTo(1);
    }

    @Test
    void anotherCountysOfficerNeitherListsNorReadsIt() throws Exception {
        importComplaints(HEADER + good());
        long id = id(complaint("C1-"));
        String yuelu = TestAccounts.token(accounts, "complaint-yuelu", Role.COUNTY_OFFICER, "430104", null);

        assertThat(TestApi.call(port, yuelu, HttpMethod.GET, "/api/v1/complaints?q=" + tag, null))
                .containsEntry("total", 0);
        assertThat(TestApi.call(port, yuelu, HttpMethod.GET, "/api/v1/complaints/" + id, null))
                .containsEntry("_status", 404);
    }

    @Test
    void theExportKeepsPersonalDataMasked() throws Exception {
        importComplaints(HEADER + good());

        byte[] xlsx = TestApi.download(port, admin, "/complaints/export?q=C1-" + tag);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("C1-" + tag);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("138****1234");
        }
    }

    @Test
    void theApiRegistersOneComplaintAndRefusesABadOrRepeatedOne() {
        Map<String, Object> body = Map.of(
                "complaint_no", "API-" + tag,
                "channel", "APP",
                "received_at", "2026-06-01 14:05",
                "respondent_name", "某某超市",
                "county_code", "430104",
                "description", "买到过期酸奶",
                "amount", "25.80");

        Map<String, Object> created = call(admin, HttpMethod.POST, "/api/v1/complaints", body);
        Map<String, Object> again = call(admin, HttpMethod.POST, "/api/v1/complaints", body);
        Map<String, Object> bad =
                call(admin, HttpMethod.POST, "/api/v1/complaints", Map.of("complaint_no", "X-" + tag));

        assertThat(created)
                .containsEntry("complaintNo", "API-" + tag)
                .containsEntry("status", "REGISTERED")
                .containsEntry("countyName", "岳麓区");
        assertThat(again).containsEntry("_status", 409);
        assertThat(bad).containsEntry("_status", 422);
        assertThat((String) bad.get("_body")).contains("渠道").contains("被投诉方不能为空");
        assertThat(audits("COMPLAINT_REGISTER", id(created))).isEqualTo(1);
    }

    private String registered(String name) {
        return asProvince(() -> enterprises
                .create(EnterpriseFixtures.anEnterpriseNamed(name, "430102"))
                .uscc());
    }

    private ImportJob importComplaints(String csv) throws Exception {
        Path file = dir.resolve("complaints-" + System.nanoTime() + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return asProvince(() -> imports.importNow("complaints", file, "c.csv", ImportOptions.strict(), j -> {}));
    }

    private Map<String, Object> complaint(String prefix) {
        var found = TestApi.call(port, admin, HttpMethod.GET, "/api/v1/complaints?q=" + prefix + tag, null);
        return ((List<Map<String, Object>>) found.get("items")).get(0);
    }

    private static long id(Map<String, Object> complaint) {
        return ((Number) complaint.get("id")).longValue();
    }

    private Map<String, Object> move(long id, String to, String outcome) {
        Map<String, Object> step = outcome == null ? Map.of("to", to) : Map.of("to", to, "outcome", outcome);
        return call(admin, HttpMethod.POST, "/api/v1/complaints/" + id + "/transition", step);
    }

    private long audits(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = :action and object_id = :id")
                .param("action", action)
                .param("id", Long.toString(id))
                .query(Long.class)
                .single();
    }
}
