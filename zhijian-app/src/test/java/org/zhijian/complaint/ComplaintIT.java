package org.zhijian.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
@SuppressWarnings("unchecked")
class ComplaintIT {

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

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

    private final String tag = Long.toString(System.nanoTime(), 36).toUpperCase();

    private String registered(String name) {
        EnterpriseForm f = EnterpriseFixtures.anEnterpriseIn("430102");
        EnterpriseForm named = new EnterpriseForm(
                f.uscc(),
                null,
                null,
                name,
                List.of(),
                f.legalRepresentative(),
                f.address(),
                "430102",
                f.industryCode(),
                f.scale(),
                "存续",
                f.establishedOn(),
                f.categoryCodes(),
                List.of());
        return CurrentActor.runAs(PROVINCE, () -> enterprises.create(named).uscc());
    }

    private <T> T call(String token, HttpMethod method, String path, Object body, Class<T> type) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port)
                .method(method)
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> res.getStatusCode().is2xxSuccessful()
                ? res.bodyTo(type)
                : type.cast(Map.of(
                        "_status",
                        res.getStatusCode().value(),
                        "_body",
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8))));
    }

    private Map<String, Object> get(String token, String path) {
        return call(token, HttpMethod.GET, path, null, Map.class);
    }

    private long importComplaints(String csv, ImportOptions options, String[] outcome) throws Exception {
        Path file = dir.resolve("complaints-" + System.nanoTime() + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportJob job =
                CurrentActor.runAs(PROVINCE, () -> imports.importNow("complaints", file, "c.csv", options, j -> {}));
        outcome[0] = job.status();
        outcome[1] = job.hasReport() ? Files.readString(imports.report(job.id()).orElseThrow()) : "";
        return job.inserted();
    }

    @Test
    void complaintsImportLinkToTheRegistryAndMoveThroughTheirStatesWithinTheArea() throws Exception {
        String trade = "澜" + (char) (0x6C00 + (int) (System.nanoTime() % 0x500));
        String byCode = registered("长沙" + trade + "电器有限公司");
        String byName = registered("湖南" + trade + "食品有限公司");
        String header = "工单编号,渠道,登记时间,投诉人,联系电话,身份证号,被投诉方,被投诉方统一社会信用代码,所属县区代码,产品或服务,投诉内容,涉及金额（元）\n";
        String good = "C1-" + tag + ",12315热线,2026-05-08 09:30,李四,13800001234,11010519491231002X,某电器店," + byCode
                + ",430102,电热水壶,底座漏电,199\n"
                + "C2-" + tag + ",网络,2026-05-09,王五,13900005678,,湖南" + trade + "食品有限公司,,430102,饼干,饼干发霉,12.5\n";
        String bad = "C3-" + tag + ",微信,2026-05-10,赵六,12,110105194912310021,某店,,430100,,,-3\n";
        String[] outcome = new String[2];

        assertThat(importComplaints(header + good + bad, ImportOptions.strict(), outcome))
                .isZero();
        assertThat(outcome[0]).isEqualTo("REJECTED");
        assertThat(outcome[1])
                .contains("4,渠道,微信")
                .contains("4,身份证号,110105194912310021")
                .contains("4,所属县区代码,430100")
                .contains("4,投诉内容")
                .contains("4,涉及金额（元）,-3");
        assertThat(importComplaints(header + good, ImportOptions.strict(), outcome))
                .isEqualTo(2);

        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> c1 = ((List<Map<String, Object>>)
                        get(admin, "/api/v1/complaints?q=C1-" + tag).get("items"))
                .get(0);
        Map<String, Object> c2 = ((List<Map<String, Object>>)
                        get(admin, "/api/v1/complaints?q=C2-" + tag).get("items"))
                .get(0);
        assertThat(c1)
                .containsEntry("linkStatus", "LINKED")
                .containsEntry("enterpriseUscc", byCode)
                .containsEntry("complainantPhone", "138****1234")
                .containsEntry("complainantId", "110105********002X")
                .containsEntry("complainantName", "李*");
        assertThat(c2).containsEntry("linkStatus", "MATCHED").containsEntry("enterpriseUscc", byName);

        long id = ((Number) c1.get("id")).longValue();
        String page = call(admin, HttpMethod.GET, "/complaints/" + id + "?personal=true", null, String.class);
        assertThat(page).contains("13800001234").contains("11010519491231002X");
        assertThat(audits("COMPLAINT_PERSONAL_DATA", id)).isEqualTo(1);

        assertThat(move(admin, id, "MEDIATING", null)).containsEntry("_status", 409);
        assertThat(move(admin, id, "受理", null)).containsEntry("status", "ACCEPTED");
        assertThat(move(admin, id, "MEDIATING", null)).containsEntry("status", "MEDIATING");
        assertThat(move(admin, id, "CLOSED", "")).containsEntry("_status", 422);
        assertThat(move(admin, id, "CLOSED", "调解成功，退货退款 199 元"))
                .containsEntry("status", "CLOSED")
                .containsEntry("outcome", "调解成功，退货退款 199 元");
        assertThat(audits("COMPLAINT_CLOSED", id)).isEqualTo(1);

        String yuelu = TestAccounts.token(accounts, "complaint-yuelu", Role.COUNTY_OFFICER, "430104", null);
        assertThat(((Number) get(yuelu, "/api/v1/complaints?q=" + tag).get("total")).longValue())
                .isZero();
        assertThat(get(yuelu, "/api/v1/complaints/" + id)).containsEntry("_status", 404);

        byte[] xlsx = call(admin, HttpMethod.GET, "/complaints/export?q=C1-" + tag, null, byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("C1-" + tag);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("138****1234");
        }
    }

    @Test
    void theApiRegistersOneComplaintAndRefusesABadOrRepeatedOne() {
        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> body = Map.of(
                "complaint_no", "API-" + tag,
                "channel", "APP",
                "received_at", "2026-06-01 14:05",
                "respondent_name", "某某超市",
                "county_code", "430104",
                "description", "买到过期酸奶",
                "amount", "25.80");

        Map<String, Object> created = call(admin, HttpMethod.POST, "/api/v1/complaints", body, Map.class);
        Map<String, Object> again = call(admin, HttpMethod.POST, "/api/v1/complaints", body, Map.class);
        Map<String, Object> bad =
                call(admin, HttpMethod.POST, "/api/v1/complaints", Map.of("complaint_no", "X-" + tag), Map.class);

        assertThat(created)
                .containsEntry("complaintNo", "API-" + tag)
                .containsEntry("status", "REGISTERED")
                .containsEntry("countyName", "岳麓区");
        assertThat(again).containsEntry("_status", 409);
        assertThat(bad).containsEntry("_status", 422);
        assertThat((String) bad.get("_body")).contains("渠道").contains("被投诉方不能为空");
        assertThat(audits("COMPLAINT_REGISTER", ((Number) created.get("id")).longValue()))
                .isEqualTo(1);
    }

    private Map<String, Object> move(String token, long id, String to, String outcome) {
        Map<String, Object> step = outcome == null ? Map.of("to", to) : Map.of("to", to, "outcome", outcome);
        return call(token, HttpMethod.POST, "/api/v1/complaints/" + id + "/transition", step, Map.class);
    }

    private long audits(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = :action and object_id = :id")
                .param("action", action)
                .param("id", Long.toString(id))
                .query(Long.class)
                .single();
    }
}
