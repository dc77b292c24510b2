package org.zhijian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
class EnterpriseRecordsIT {

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ComplaintManagement complaints;

    @Autowired
    org.zhijian.injury.InjuryManagement injuries;

    @Autowired
    org.zhijian.enforcement.EnforcementManagement cases;

    @Autowired
    ImportManagement imports;

    @Autowired
    AccountManagement accounts;

    @TempDir
    Path dir;

    private String page(String token, String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token))
                .exchange((req, res) -> res.getStatusCode().value() + " "
                        + new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anEnterprisesComplaintsAndRecallsShowOnOneTimelineWithCountsAndAKindFilter() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String uscc = CurrentActor.runAs(
                PROVINCE,
                () -> enterprises
                        .create(EnterpriseFixtures.anEnterpriseIn("430102"))
                        .uscc());
        CurrentActor.runAs(
                PROVINCE,
                () -> complaints.register(Map.of(
                        "complaint_no", "T-" + tag,
                        "channel", "网络",
                        "received_at", "2026-04-02",
                        "respondent_name", "长沙测试食品有限公司",
                        "respondent_uscc", uscc,
                        "county_code", "430102",
                        "product", "月饼",
                        "description", "月饼包装内有异物")));
        Path recall = dir.resolve("recall.csv");
        Files.writeString(
                recall,
                "来源,编号,召回日期,产品,生产者统一社会信用代码,危害\n国内,R-" + tag + ",2026-03-01,速冻汤圆," + uscc + ",标签未标示过敏原\n",
                StandardCharsets.UTF_8);
        CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("recalls", recall, "r.csv", ImportOptions.strict(), j -> {}));
        String admin = TestAccounts.adminToken(accounts);

        String all = page(admin, "/enterprises/" + uscc + "/records");
        String onlyRecalls = page(admin, "/enterprises/" + uscc + "/records?kind=召回");

        assertThat(all).startsWith("200").contains("投诉举报 1").contains("召回 1").contains("抽查 0");
        assertThat(all.indexOf("月饼（T-" + tag)).as("newest first").isLessThan(all.indexOf("速冻汤圆（R-" + tag));
        assertThat(onlyRecalls).contains("速冻汤圆（R-" + tag).doesNotContain("月饼（T-" + tag);
        assertThat(page(admin, "/enterprises/" + uscc)).contains("id=\"all-records\"");
        String yuelu = TestAccounts.token(accounts, "records-yuelu", Role.COUNTY_OFFICER, "430104", null);
        assertThat(page(yuelu, "/enterprises/" + uscc + "/records")).startsWith("404");
    }

    @Test
    void aLongTimelinePagesWithExactCountsAndTheHeadingShowsTheEnterprisesName() {
        String tag = "P" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var enterprise =
                CurrentActor.runAs(PROVINCE, () -> enterprises.create(EnterpriseFixtures.anEnterpriseIn("430102")));
        for (int i = 0; i < 62; i++) {
            String no = tag + "-" + String.format("%02d", i);
            String day = java.time.LocalDate.of(2026, 1, 1).plusDays(i).toString();
            CurrentActor.runAs(
                    PROVINCE,
                    () -> complaints.register(Map.of(
                            "complaint_no",
                            no,
                            "channel",
                            "网络",
                            "received_at",
                            day,
                            "respondent_name",
                            enterprise.name(),
                            "respondent_uscc",
                            enterprise.uscc(),
                            "county_code",
                            "430102",
                            "product",
                            "电饭煲",
                            "description",
                            "漏电")));
        }
        String admin = TestAccounts.adminToken(accounts);
        String base = "/enterprises/" + enterprise.uscc() + "/records";

        String first = page(admin, base);
        String second = page(admin, base + "?page=2");
        String kindSecond = page(admin, base + "?kind=投诉举报&page=2");

        assertThat(first).startsWith("200").contains("<span>" + enterprise.name() + "</span> · <span>全部记录</span>");
        assertThat(first).doesNotContain("th:text").contains("投诉举报 62").contains("共 62 条记录，第 1 / 2 页");
        assertThat(rows(first, tag)).isEqualTo(50);
        assertThat(first).contains(tag + "-61").doesNotContain(tag + "-11）");
        assertThat(rows(second, tag)).isEqualTo(12);
        assertThat(second).contains(tag + "-00").contains(tag + "-11").doesNotContain(tag + "-12）");
        assertThat(rows(kindSecond, tag)).isEqualTo(12);
        assertThat(kindSecond).contains("第 2 / 2 页").contains("kind=%E6%8A%95%E8%AF%89%E4%B8%BE%E6%8A%A5&amp;page=1");
    }

    private static int rows(String html, String tag) {
        return html.split("（" + tag + "-", -1).length - 1;
    }

    @Test
    void oneSearchFindsEveryKindWithTheWordMarkedAndRecordTextEscaped() {
        String tag = "Q" + Long.toString(System.nanoTime(), 36).toUpperCase();
        CurrentActor.runAs(
                PROVINCE,
                () -> complaints.register(Map.of(
                        "complaint_no", tag + "-1",
                        "channel", "信件",
                        "received_at", "2026-04-03",
                        "respondent_name", "某商店",
                        "county_code", "430102",
                        "description", "<script>alert(1)</script> 标签含 " + tag)));
        String admin = TestAccounts.adminToken(accounts);

        String result = page(admin, "/search?q=" + tag);

        assertThat(result).startsWith("200").contains("投诉举报").contains("<mark>" + tag + "</mark>");
        assertThat(result).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
        String yuelu = TestAccounts.token(accounts, "records-yuelu", Role.COUNTY_OFFICER, "430104", null);
        assertThat(page(yuelu, "/search?q=" + tag)).doesNotContain("<mark>" + tag);
    }

    @Test
    void aProductCategoryShowsItsComplaintsOnTheSameKindOfTimeline() {
        String tag = "CAT" + Long.toString(System.nanoTime(), 36).toUpperCase();
        CurrentActor.runAs(
                PROVINCE,
                () -> complaints.register(Map.of(
                        "complaint_no", tag,
                        "channel", "网络",
                        "received_at", "2026-04-05",
                        "respondent_name", "某玩具店",
                        "county_code", "430102",
                        "category_code", "CON-CHILD-TOY",
                        "description", "玩具小零件易脱落")));
        String admin = TestAccounts.adminToken(accounts);

        String parent = page(admin, "/categories/CON-CHILD/records?kind=投诉举报");

        assertThat(parent).startsWith("200").contains("某玩具店（" + tag).contains("投诉举报 ");
        assertThat(page(admin, "/categories/CON-EE/records?kind=投诉举报")).doesNotContain(tag);
        assertThat(page(admin, "/categories/NO-SUCH/records")).startsWith("404");
    }

    @Test
    void aProductCategoryShowsTheInjuriesTheClassifierFiledUnderIt() {
        String tag = "INJ" + Long.toString(System.nanoTime(), 36).toUpperCase();
        CurrentActor.runAs(
                PROVINCE,
                () -> injuries.register(Map.of(
                        "case_no", tag,
                        "occurred_on", "2026-04-06",
                        "county_code", "430102",
                        "severity", "2",
                        "product", "磁力珠",
                        "description", "三岁孩子吞下磁力珠",
                        "source", "医院监测")));
        String admin = TestAccounts.adminToken(accounts);

        assertThat(page(admin, "/categories/CON-CHILD/records?kind=产品伤害"))
                .startsWith("200")
                .contains("磁力珠（" + tag);
        assertThat(page(admin, "/categories/CON-EE/records?kind=产品伤害")).doesNotContain(tag);

        CurrentActor.runAs(
                PROVINCE,
                () -> cases.register(Map.of(
                        "case_no", "K-" + tag,
                        "party_name", "某玩具批发部",
                        "county_code", "430102",
                        "violation_type", "销售不合格玩具",
                        "facts", "销售的毛绒玩具小零件易脱落",
                        "decided_on", "2026-04-07")));
        assertThat(page(admin, "/categories/CON-CHILD/records?kind=行政处罚")).contains("销售不合格玩具（K-" + tag);
    }
}
