package org.zhijian.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.RecordKindIT;

/** The fifth record kind, declared in one class: it imports, links, classifies, searches and shows on generic pages. */
@IntegrationTest
@SuppressWarnings("unchecked")
class AccidentIT extends RecordKindIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAccidentReportImportsOnceAndShowsOnTheGenericPages() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String party = CurrentActor.runAs(
                PROVINCE,
                () -> enterprises
                        .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                        .uscc());
        Path file = dir.resolve("accidents.csv");
        Files.writeString(
                file,
                "事故编号,发生日期,发生地县区代码,涉事产品,涉事企业统一社会信用代码,死亡人数,受伤人数,事故经过,来源\n"
                        + "A-" + tag + ",2026-05-08,430102,电动自行车锂电池,"
                        + party + ",0,2,充电时电池起火引燃楼道,部门通报\n",
                StandardCharsets.UTF_8);

        ImportJob first = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("accidents", file, "a.csv", ImportOptions.strict(), j -> {}));
        ImportJob again = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("accidents", file, "a.csv", ImportOptions.strict(), j -> {}));
        assertThat(first.inserted()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);

        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> found = ((List<Map<String, Object>>)
                        call(admin, HttpMethod.GET, "/api/v1/records/accidents?q=A-" + tag, null)
                                .get("items"))
                .get(0);
        Map<String, Object> columns = (Map<String, Object>) found.get("columns");
        assertThat(columns)
                .containsEntry("link_status", "LINKED")
                .containsEntry("enterprise_uscc", party)
                .containsEntry("injured", 2)
                .containsEntry("category_source", "AUTO");
        assertThat(call(admin, HttpMethod.GET, "/records/accidents?q=A-" + tag, null)
                        .get("_body")
                        .toString())
                .contains("质量安全事故")
                .contains("A-" + tag)
                .contains("芙蓉区")
                .contains("共 1 条");
        assertThat(call(admin, HttpMethod.GET, "/records/accidents/" + found.get("id"), null)
                        .get("_body")
                        .toString())
                .contains("充电时电池起火引燃楼道")
                .contains(party)
                .contains("部门通报");
        assertThat(call(admin, HttpMethod.GET, "/search?q=A-" + tag, null)
                        .get("_body")
                        .toString())
                .contains("质量安全事故")
                .contains("<mark>A-" + tag + "</mark>");
        assertThat(call(admin, HttpMethod.GET, "/enterprises/" + party + "/records", null)
                        .get("_body")
                        .toString())
                .contains("质量安全事故 1")
                .contains("受伤 2 人");
    }

    @Test
    void oneReportRegistersByTheApiCheckedAsAFileRowIs() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> report = Map.of(
                "accident_no", "B-" + tag,
                "occurred_on", "2026-05-09",
                "county_code", "430104",
                "product", "燃气灶",
                "description", "点火时回火",
                "source", "媒体");
        Map<String, Object> created = call(admin, HttpMethod.POST, "/api/v1/records/accidents", report);
        assertThat(created).containsEntry("_status", 201);
        String id = created.get("id").toString();
        assertThat(call(admin, HttpMethod.POST, "/api/v1/records/accidents", report))
                .containsEntry("_status", 409);
        Map<String, Object> bad = call(
                admin, HttpMethod.POST, "/api/v1/records/accidents", Map.of("accident_no", "C-" + tag, "source", "传闻"));
        assertThat(bad).containsEntry("_status", 422);
        assertThat((String) bad.get("_body")).contains("RECORDS_001").contains("来源须为");

        String yuelu = TestAccounts.token(accounts, "accident-yuelu", Role.COUNTY_OFFICER, "430104", null);
        String furong = TestAccounts.token(accounts, "accident-furong", Role.COUNTY_OFFICER, "430102", null);
        assertThat(((Number) call(yuelu, HttpMethod.GET, "/api/v1/records/accidents?q=B-" + tag, null)
                                .get("total"))
                        .longValue())
                .isEqualTo(1);
        assertThat(((Number) call(furong, HttpMethod.GET, "/api/v1/records/accidents?q=B-" + tag, null)
                                .get("total"))
                        .longValue())
                .isZero();
        assertThat(call(
                        furong,
                        HttpMethod.PUT,
                        "/api/v1/records/accidents/" + id + "/classification",
                        Map.of("categoryCode", "CON-EE", "hazard", "FIRE")))
                .containsEntry("_status", 404);
        assertThat(call(
                        yuelu,
                        HttpMethod.PUT,
                        "/api/v1/records/accidents/" + id + "/classification",
                        Map.of("categoryCode", "CON-EE", "hazard", "FIRE")))
                .containsEntry("_status", 200)
                .containsEntry("categoryCode", "CON-EE")
                .containsEntry("categoryAuto", false);
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event"
                                + " where object_type = 'accident' and object_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ACCIDENT_REGISTER,ACCIDENT_CLASSIFY");
        assertThat(call(admin, HttpMethod.GET, "/records/complaints", null)).containsEntry("_status", 404);
        assertThat(call(admin, HttpMethod.GET, "/api/v1/records/no-such-kind", null))
                .containsEntry("_status", 404);
    }
}
