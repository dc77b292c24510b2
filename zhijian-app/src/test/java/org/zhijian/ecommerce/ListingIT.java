package org.zhijian.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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
import org.zhijian.records.RecordKindIT;

/** Listings end to end, one behaviour each: import, links, removal, referral, overdue, the seller's county's reply. */
@IntegrationTest
@SuppressWarnings("unchecked")
class ListingIT extends RecordKindIT {

    private static final String HEADER = "商品链接,平台,店铺,商品,价格（元）,销量,经营者,经营者统一社会信用代码,经营者所在县区代码,发现日期\n";

    @Autowired
    JdbcClient jdbc;

    private final String tag = Long.toString(System.nanoTime(), 36).toLowerCase();
    private String admin;
    private String seller;
    private ImportJob rejected;
    private ImportJob valid;

    @BeforeEach
    void importOneGoodAndOneBadListing() throws Exception {
        admin = TestAccounts.adminToken(accounts);
        seller = asProvince(() ->
                enterprises.create(EnterpriseFixtures.anEnterpriseIn("430102")).uscc());
        Path file = dir.resolve("listings.csv");
        Files.writeString(
                file,
                HEADER + "https://item.example.com/" + tag + ",拼多多,湘品店,儿童电动牙刷,39.90,1200,长沙测试食品有限公司," + seller
                        + ",430102,2026-05-08\n"
                        + "ftp://x/" + tag + ",闲鱼,,,-1,很多,,,430100,2026-05-08\n",
                StandardCharsets.UTF_8);
        rejected = asProvince(() -> imports.importNow("listings", file, "l.csv", ImportOptions.strict(), j -> {}));
        valid = asProvince(() -> imports.importNow("listings", file, "l.csv", new ImportOptions(true, false), j -> {}));
    }

    @Test
    void aBadRowRefusesTheFileWithItsProblemsAndValidOnlyKeepsTheGoodRow() throws Exception {
        assertThat(Files.readString(imports.report(rejected.id()).orElseThrow()))
                .contains("3,商品链接,ftp://x/" + tag)
                .contains("3,平台,闲鱼")
                .contains("3,价格（元）,-1")
                .contains("3,销量,很多")
                .contains("3,经营者所在县区代码,430100");
        assertThat(rejected.inserted()).isZero();
        assertThat(valid.inserted()).isEqualTo(1);
    }

    @Test
    void anImportedListingIsFoundAndLinkedToItsSeller() {
        assertThat(listing())
                .containsEntry("status", "FOUND")
                .containsEntry("linkStatus", "LINKED")
                .containsEntry("enterpriseUscc", seller);
    }

    @Test
    void aListingIsTakenDownThenReferredWithAReplyDueIn30Days() {
        long id = id();

        assertThat(post(admin, id, "reply", Map.of("reply", "x"))).containsEntry("_status", 409);
        assertThat(post(admin, id, "removal", Map.of("on", LocalDate.now().toString())))
                .containsEntry("status", "REMOVED");
        assertThat(post(admin, id, "referral", Map.of("note", "销售无 3C 标志产品")))
                .containsEntry("status", "REFERRED")
                .containsEntry(
                        "replyDueOn",
                        LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                .plusDays(30)
                                .toString())
                .containsEntry("overdue", false);
    }

    @Test
    void aReferralUnansweredPastItsDueDateIsOverdueInTheApiAndTheList() {
        long id = referred();
        jdbc.sql("update listing set reply_due_on = current_date - 1 where id = ?")
                .param(id)
                .update();

        assertThat(call(admin, HttpMethod.GET, "/api/v1/listings/" + id, null)).containsEntry("overdue", true);
        assertThat(call(admin, HttpMethod.GET, "/listings?status=OVERDUE&q=" + tag, null)
                        .get("_body")
                        .toString())
                .contains("逾期（期限");
        assertThat(call(admin, HttpMethod.GET, "/api/v1/listings?status=OVERDUE&q=" + tag, null))
                .containsEntry("total", 1);
    }

    @Test
    void anotherCountyNeitherSeesNorAnswersAReferral() {
        long id = referred();
        String yuelu = TestAccounts.token(accounts, "listing-yuelu", Role.COUNTY_OFFICER, "430104", null);

        assertThat(post(yuelu, id, "reply", Map.of("reply", "不归我管"))).containsEntry("_status", 404);
    }

    @Test
    void theSellersCountyAnswersAReferralAndEveryStepIsAudited() {
        long id = referred();
        String furong = TestAccounts.token(accounts, "listing-furong", Role.COUNTY_OFFICER, "430102", null);

        assertThat(post(furong, id, "reply", Map.of("reply", "已立案调查，责令改正")))
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
    }

    @Test
    void aListingShowsOnItsSellersTimelineAndInTheSearch() {
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

    private Map<String, Object> listing() {
        return ((List<Map<String, Object>>) call(admin, HttpMethod.GET, "/api/v1/listings?q=" + tag, null)
                        .get("items"))
                .get(0);
    }

    private long id() {
        return ((Number) listing().get("id")).longValue();
    }

    /** The listing, taken down and referred by the province. */
    private long referred() {
        long id = id();
        post(admin, id, "removal", Map.of("on", LocalDate.now().toString()));
        post(admin, id, "referral", Map.of("note", "销售无 3C 标志产品"));
        return id;
    }

    private Map<String, Object> post(String token, long id, String step, Map<String, Object> body) {
        return call(token, HttpMethod.POST, "/api/v1/listings/" + id + "/" + step, body);
    }
}
