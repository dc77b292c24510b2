package org.zhijian.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

@IntegrationTest
@SuppressWarnings("unchecked")
class ListingIT extends RecordKindIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aListingIsTakenDownReferredToTheSellersAuthorityAndAnsweredThere() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toLowerCase();
        String seller = CurrentActor.runAs(
                PROVINCE,
                () -> enterprises
                        .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                        .uscc());
        Path file = dir.resolve("listings.csv");
        Files.writeString(
                file,
                "商品链接,平台,店铺,商品,价格（元）,销量,经营者,经营者统一社会信用代码,经营者所在县区代码,发现日期\n"
                        + "https://item.example.com/" + tag + ",拼多多,湘品店,儿童电动牙刷,39.90,1200,长沙测试食品有限公司," + seller
                        + ",430102,2026-05-08\n"
                        + "ftp://x/" + tag + ",闲鱼,,,-1,很多,,,430100,2026-05-08\n",
                StandardCharsets.UTF_8);

        ImportJob rejected = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("listings", file, "l.csv", ImportOptions.strict(), j -> {}));
        String report = Files.readString(imports.report(rejected.id()).orElseThrow());
        ImportJob valid = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("listings", file, "l.csv", new ImportOptions(true, false), j -> {}));

        assertThat(report)
                .contains("3,商品链接,ftp://x/" + tag)
                .contains("3,平台,闲鱼")
                .contains("3,价格（元）,-1")
                .contains("3,销量,很多")
                .contains("3,经营者所在县区代码,430100");
        assertThat(valid.inserted()).isEqualTo(1);
        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> found = ((List<Map<String, Object>>)
                        call(admin, HttpMethod.GET, "/api/v1/listings?q=" + tag, null)
                                .get("items"))
                .get(0);
        assertThat(found)
                .containsEntry("status", "FOUND")
                .containsEntry("linkStatus", "LINKED")
                .containsEntry("enterpriseUscc", seller);
        long id = ((Number) found.get("id")).longValue();

        assertThat(call(admin, HttpMethod.POST, "/api/v1/listings/" + id + "/reply", Map.of("reply", "x")))
                .containsEntry("_status", 409);
        assertThat(call(
                        admin,
                        HttpMethod.POST,
                        "/api/v1/listings/" + id + "/removal",
                        Map.of("on", LocalDate.now().toString())))
                .containsEntry("status", "REMOVED");
        assertThat(call(admin, HttpMethod.POST, "/api/v1/listings/" + id + "/referral", Map.of("note", "销售无 3C 标志产品")))
                .containsEntry("status", "REFERRED")
                .containsEntry(
                        "replyDueOn",
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .plusDays(30)
                                .toString())
                .containsEntry("overdue", false);
        jdbc.sql("update listing set reply_due_on = current_date - 1 where id = ?")
                .param(id)
                .update();
        assertThat(call(admin, HttpMethod.GET, "/api/v1/listings/" + id, null)).containsEntry("overdue", true);
        assertThat(call(admin, HttpMethod.GET, "/listings?status=OVERDUE&q=" + tag, null)
                        .get("_body")
                        .toString())
                .contains("逾期（期限");
        assertThat(((Number) call(admin, HttpMethod.GET, "/api/v1/listings?status=OVERDUE&q=" + tag, null)
                                .get("total"))
                        .intValue())
                .isEqualTo(1);
        String yuelu = TestAccounts.token(accounts, "listing-yuelu", Role.COUNTY_OFFICER, "430104", null);
        assertThat(call(yuelu, HttpMethod.POST, "/api/v1/listings/" + id + "/reply", Map.of("reply", "不归我管"))
                        .get("_status"))
                .as("another county neither sees nor answers it")
                .isEqualTo(404);
        String furong = TestAccounts.token(accounts, "listing-furong", Role.COUNTY_OFFICER, "430102", null);
        assertThat(call(furong, HttpMethod.POST, "/api/v1/listings/" + id + "/reply", Map.of("reply", "已立案调查，责令改正")))
                .containsEntry("status", "REPLIED")
                .containsEntry("reply", "已立案调查，责令改正");
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'listing' and object_id = :id")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(call(admin, HttpMethod.GET, "/listings/" + id, null)
                        .get("_body")
                        .toString())
                .contains("属地已答复")
                .contains("已立案调查，责令改正");
        assertThat(call(admin, HttpMethod.GET, "/enterprises/" + seller + "/records", null)
                        .get("_body")
                        .toString())
                .contains("电商商品 1");
        assertThat(call(admin, HttpMethod.GET, "/search?q=" + tag, null)
                        .get("_body")
                        .toString())
                .contains("电商商品")
                .contains("<mark>" + tag + "</mark>");
    }
}
