package org.zhijian.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.zhijian.IntegrationTest;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.enterprise.EnterpriseFixtures;
import org.zhijian.notification.Notification;
import org.zhijian.notification.Notifications;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.platform.cli.CommandLauncher;
import org.zhijian.records.RecordKindIT;
import picocli.CommandLine;

/**
 * Four enterprises of 芙蓉区 with penalty decisions that put them in A, B, C and D for November 2026 under the Hunan
 * default scheme; the one in D was in B in October, before its licence was suspended.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class CreditIT extends RecordKindIT {

    static final String COUNTY = "430102";
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final Actor COUNTY_OFFICER =
            new Actor("it-credit-county", "COUNTY_OFFICER", Scope.county(COUNTY), Scope.county(COUNTY), "127.0.0.1");
    static final Actor OTHER_COUNTY =
            new Actor("it-credit-other", "COUNTY_OFFICER", Scope.county("430111"), Scope.county("430111"), "127.0.0.1");

    /** The enterprises, once made: clean (A), one penalty (B), three with a large fine (C), suspended (D). */
    static String clean, once, thrice, suspended;

    @Autowired
    CreditManagement credit;

    @Autowired
    EnforcementManagement cases;

    @Autowired
    Notifications notifications;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    org.zhijian.sampling.SamplingManagement sampling;

    @Autowired
    org.zhijian.classification.ClassificationManagement classification;

    /** A product category only these four make, so that a draw's pool is theirs. */
    static String category;

    @BeforeEach
    void classifyOctoberAndNovember() {
        if (clean != null) {
            return;
        }
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        category = "ITC" + tag.substring(tag.length() - 6);
        asProvince(() -> {
            classification.addCategory(
                    new org.zhijian.classification.NewProductCategory(category, "FOOD", "信用抽查测试", "Credit test", null),
                    "it");
            clean = enterprise("信用测试甲有限公司");
            once = enterprise("信用测试乙有限公司");
            thrice = enterprise("信用测试丙有限公司");
            suspended = enterprise("信用测试丁有限公司");
            penalty("CR-" + tag + "-1", once, "2026-09-10", "5000", false);
            penalty("CR-" + tag + "-2", thrice, "2026-03-02", "200000", false);
            penalty("CR-" + tag + "-3", thrice, "2025-06-01", "3000", false);
            penalty("CR-" + tag + "-4", thrice, "2024-12-20", "3000", false);
            penalty("CR-" + tag + "-5", suspended, "2026-08-01", "8000", false);
            penalty("CR-" + tag + "-6", suspended, "2026-09-01", "8000", false);
            penalty("CR-" + tag + "-7", suspended, "2026-11-05", "20000", true);
            credit.rebuild();
            credit.classify(OCTOBER, null);
            credit.classify(NOVEMBER, null);
            return null;
        });
    }

    private String enterprise(String name) {
        return enterprises
                .create(EnterpriseFixtures.anEnterpriseNamed(name, COUNTY, "存续", List.of(category)))
                .uscc();
    }

    private void penalty(String caseNo, String uscc, String day, String fine, boolean suspension) {
        Map<String, String> f = new HashMap<>();
        f.put("case_no", caseNo);
        f.put("party_name", "信用测试企业");
        f.put("party_uscc", uscc);
        f.put("county_code", COUNTY);
        f.put("violation_type", "生产销售不合格产品");
        f.put("fine_amount", fine);
        f.put("suspension", suspension ? "是" : "否");
        f.put("decided_on", day);
        cases.register(f);
    }

    private EnterpriseClass november(String uscc) {
        return CurrentActor.runAs(COUNTY_OFFICER, () -> credit.classOf(uscc, NOVEMBER, null))
                .orElseThrow();
    }

    @Test
    void theMonthlyRunPutsEachEnterpriseInTheClassItsCreditFileEarns() {
        assertThat(List.of(clean, once, thrice, suspended))
                .extracting(u -> november(u).creditClass())
                .containsExactly("A", "B", "C", "D");
        EnterpriseClass c = november(thrice);
        assertThat(c.score()).isEqualByComparingTo("50");
        assertThat(c.schemeVersion()).isEqualTo("hunan-2026.1");
        assertThat(c.lines())
                .filteredOn(l -> l.count() > 0)
                .extracting(
                        SheetLine::indicator, SheetLine::count, l -> l.points().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("K-PENALTY", 3, 30),
                        org.assertj.core.groups.Tuple.tuple("K-PENALTY-LARGE", 1, 10));
        assertThat(c.lines().get(0).points()).isEqualByComparingTo("10");
    }

    @Test
    void everyScoreSheetAddsUpAndNamesTheFactsAndRulesBehindIt() {
        for (String u : List.of(clean, once, thrice, suspended)) {
            EnterpriseClass c = november(u);
            BigDecimal sum = c.lines().stream().map(SheetLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(u).isEqualByComparingTo(c.score());
        }
        EnterpriseClass d = november(suspended);
        assertThat(d.scoreClass()).isEqualTo("D");
        assertThat(d.rulesFired()).containsExactly("近 12 个月被责令停产停业或吊销许可证件的，不低于 C 类");
        assertThat(d.lines())
                .filteredOn(l -> l.indicator().equals("K-PENALTY"))
                .singleElement()
                .satisfies(l -> assertThat(l.references()).hasSize(3).allMatch(r -> r.startsWith("CR-")));
    }

    @Test
    void theCreditFileListsEachFactWithItsSourceAuthorityAndLink() {
        var file = CurrentActor.runAs(COUNTY_OFFICER, () -> credit.facts(suspended, PageRequest.of(1, 20)));

        assertThat(file.total()).isEqualTo(3);
        CreditFactView newest = file.items().get(0);
        assertThat(newest.kind()).isEqualTo("PENALTY_SEVERE");
        assertThat(newest.kindLabel()).isEqualTo("行政处罚（停产停业或吊销）");
        assertThat(newest.source()).isEqualTo("cases");
        assertThat(newest.authorityName()).isEqualTo("芙蓉区");
        assertThat(newest.amount()).isEqualByComparingTo("20000");
        assertThat(newest.summary()).contains("罚款 20000.00 元").contains("责令停产停业");
        assertThat(newest.link()).startsWith("/cases/");
    }

    @Test
    void aMoveToDIsKeptAsHistoryAndNotifiedToTheCountyOnce() {
        assertThat(CurrentActor.runAs(COUNTY_OFFICER, () -> credit.history(suspended)))
                .contains(new ClassChange(NOVEMBER, "hunan-2026.1", "B", "D"));
        assertThat(CurrentActor.runAs(COUNTY_OFFICER, () -> credit.history(once)))
                .isEmpty();

        asProvince(() -> credit.classify(NOVEMBER, null));

        List<Notification> notices =
                CurrentActor.runAs(COUNTY_OFFICER, () -> notifications.inbox(PageRequest.of(1, 100))).items().stream()
                        .filter(n -> n.title().startsWith("信用风险分类 2026-11"))
                        .toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).body()).contains("信用测试丁有限公司（" + suspended + "）：B 类 → D 类");
        assertThat(notices.get(0).link()).isEqualTo("/credit/changes?month=2026-11&region=" + COUNTY);
    }

    @Test
    void reRunningAMonthGivesTheSameClassesAndANewVersionKeepsTheOldResults() throws Exception {
        ClassCounts before =
                CurrentActor.runAs(COUNTY_OFFICER, () -> credit.counts(new ClassQuery("2026-11", COUNTY, null, null)));
        ClassRun again = asProvince(() -> credit.classify(NOVEMBER, null));
        ClassCounts after =
                CurrentActor.runAs(COUNTY_OFFICER, () -> credit.counts(new ClassQuery("2026-11", COUNTY, null, null)));
        assertThat(after).isEqualTo(before);
        assertThat(again.status()).isEqualTo("DONE");

        byte[] strict = new String(
                        getClass()
                                .getResourceAsStream("/masterdata/credit-scheme-hunan.json")
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("\"hunan-2026.1\"", "\"it-strict\"")
                .replace("\"base\": 10", "\"base\": 30")
                .getBytes(StandardCharsets.UTF_8);
        asProvince(() -> credit.loadScheme("strict.json", strict, false));
        asProvince(() -> credit.classify(NOVEMBER, "it-strict"));

        assertThat(CurrentActor.runAs(COUNTY_OFFICER, () -> credit.classOf(clean, NOVEMBER, "it-strict"))
                        .orElseThrow()
                        .creditClass())
                .isEqualTo("B");
        assertThat(november(clean).creditClass())
                .as("the version in use keeps its result")
                .isEqualTo("A");
    }

    @Test
    void aSchemeWithOverlappingBandsIsRefusedWithTheRuleAndNothingStored() {
        String bad = "{\"version\": \"it-bad\", \"base\": 0, \"indicators\": [], \"bands\": ["
                + "{\"class\": \"A\", \"from\": null, \"to\": 20}, {\"class\": \"B\", \"from\": 20, \"to\": 45},"
                + "{\"class\": \"C\", \"from\": 40, \"to\": 70}, {\"class\": \"D\", \"from\": 70, \"to\": null}]}";

        assertThatThrownBy(() -> asProvince(() -> credit.loadScheme("bad.json", bad.getBytes(), true)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("CREDIT_003");
                    assertThat(e.arguments()[0].toString()).contains("分级阈值重叠：B 类 [20, 45) 与 C 类 [40, 70) 重叠");
                });
        assertThat(asProvince(() -> credit.schemes()))
                .extracting(SchemeSummary::version)
                .doesNotContain("it-bad")
                .contains("hunan-2026.1");
        assertThat(asProvince(() -> credit.schemes()))
                .filteredOn(SchemeSummary::inUse)
                .extracting(SchemeSummary::version)
                .containsExactly("hunan-2026.1");
    }

    @Test
    void theApiGivesOfficersTheCountsAndTheSheetAndRefusesEnterprisesAndOtherAreas() {
        String county = TestAccounts.token(accounts, "it-credit-api-county", Role.COUNTY_OFFICER, COUNTY, null);
        String other = TestAccounts.token(accounts, "it-credit-api-other", Role.COUNTY_OFFICER, "430111", null);
        String firm = TestAccounts.token(accounts, "it-credit-api-firm", Role.ENTERPRISE, null, suspended);

        Map<String, Object> classes =
                call(county, HttpMethod.GET, "/api/v1/credit/classes?month=2026-11&region=" + COUNTY, null);
        Map<String, Object> sheet = call(county, HttpMethod.GET, "/api/v1/credit/enterprises/" + suspended, null);

        Map<String, Object> counts = (Map<String, Object>) classes.get("counts");
        assertThat((Map<String, Object>) counts.get("counts")).containsKeys("A", "B", "C", "D");
        assertThat(((Number) ((Map<String, Object>) counts.get("counts")).get("D")).longValue())
                .isGreaterThanOrEqualTo(1);
        assertThat(counts).containsEntry("month", "2026-11").containsEntry("schemeVersion", "hunan-2026.1");
        assertThat(sheet)
                .containsEntry("creditClass", "D")
                .containsEntry("month", "2026-11")
                .containsEntry("score", 60.0);
        assertThat((List<Map<String, Object>>) sheet.get("lines"))
                .extracting(l -> ((Number) l.get("points")).doubleValue())
                .matches(points ->
                        points.stream().mapToDouble(Double::doubleValue).sum() == 60.0);
        assertThat(call(other, HttpMethod.GET, "/api/v1/credit/enterprises/" + suspended, null))
                .containsEntry("_status", 404)
                .containsEntry("code", "CREDIT_001");
        assertThat(call(firm, HttpMethod.GET, "/api/v1/credit/enterprises/" + suspended, null))
                .containsEntry("_status", 403);
        assertThat(call(null, HttpMethod.GET, "/api/v1/credit/classes", null)).containsEntry("_status", 401);
        assertThat(call(county, HttpMethod.GET, "/api/v1/credit/classes?month=2026-13", null))
                .containsEntry("_status", 422)
                .containsEntry("code", "CREDIT_002");
    }

    @Test
    void theCommandLineClassifiesAMonthAndShowsASheet() {
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out));

        int classified = cli.execute("credit", "classify", "--month", "2026-11");
        int shown = cli.execute("credit", "show", thrice, "--month", "2026-11");

        assertThat(classified).isZero();
        assertThat(shown).isZero();
        assertThat(out.toString())
                .contains("2026-11（方案 hunan-2026.1）：分类")
                .contains("信用测试丙有限公司（" + thrice + "）2026-11：C 类，风险分 50.00")
                .contains("K-PENALTY 近 36 个月受到行政处罚：3 条，30.00 分");
    }

    @Test
    void thePagesShowTheDistributionTheSheetAndTheChangesToOfficersOnly() {
        String county = TestAccounts.token(accounts, "it-credit-api-county", Role.COUNTY_OFFICER, COUNTY, null);
        String firm = TestAccounts.token(accounts, "it-credit-api-firm", Role.ENTERPRISE, null, suspended);

        String distribution = body(call(county, HttpMethod.GET, "/credit?month=2026-11", null));
        String sheet = body(call(county, HttpMethod.GET, "/enterprises/" + thrice + "/credit?month=2026-11", null));
        String changes = body(call(county, HttpMethod.GET, "/credit/changes?month=2026-11&region=" + COUNTY, null));
        String list = body(call(county, HttpMethod.GET, "/credit/enterprises?month=2026-11&class=D", null));
        String schemes = body(call(county, HttpMethod.GET, "/credit/schemes", null));

        assertThat(distribution)
                .contains("id=\"class-cards\"")
                .contains("D 类（信用风险高）")
                .contains("芙蓉区");
        assertThat(sheet)
                .contains("2026-11 信用风险分类评分表（方案 hunan-2026.1）")
                .contains("C 类（信用风险较高）")
                .contains("近 36 个月受到行政处罚")
                .contains("50.00")
                .contains("罚款 200000.00 元");
        assertThat(changes).contains("信用测试丁有限公司").contains("class-D");
        assertThat(list).contains("信用测试丁有限公司").doesNotContain("信用测试甲有限公司");
        assertThat(schemes).contains("hunan-2026.1").contains("列入严重违法失信名单（未移出）的，直接列为 D 类");
        assertThat(call(firm, HttpMethod.GET, "/credit", null)).containsEntry("_status", 403);
        assertThat(call(firm, HttpMethod.GET, "/enterprises/" + suspended + "/credit", null))
                .containsEntry("_status", 403);
    }

    @Test
    void aDrawWeightedByClassPicksTheRiskierMoreOftenStaysVerifiableAndStatesItsRatios() {
        TestAccounts.token(accounts, "it-credit-insp-1", Role.INSPECTOR, "430100", null);
        TestAccounts.token(accounts, "it-credit-insp-2", Role.INSPECTOR, "430100", null);
        long weighted = plan("信用加权", "A=1, B=1, C=1, D=100");
        long plain = plan("不加权", "");
        int[] picked = {0, 0};
        org.zhijian.sampling.Draw last = null;
        for (long seed = 1; seed <= 40; seed++) {
            long s = seed;
            org.zhijian.sampling.Draw w = asProvince(() -> sampling.draw(weighted, s));
            org.zhijian.sampling.Draw u = asProvince(() -> sampling.draw(plain, s));
            picked[0] += w.selections().get(0).uscc().equals(suspended) ? 1 : 0;
            picked[1] += u.selections().get(0).uscc().equals(suspended) ? 1 : 0;
            last = w;
        }

        assertThat(picked[0]).as("D weighs 100 against 1, 1 and 1").isGreaterThanOrEqualTo(34);
        assertThat(picked[1]).as("one in four without weights").isBetween(3, 18);
        assertThat(last.rules())
                .endsWith(";credit-class-weights=A=1,B=1,C=1,D=100;classes=2026-11/hunan-2026.1")
                .doesNotContain("weights=equal");
        long drawId = last.id();
        assertThat(asProvince(() -> sampling.verify(drawId)).match()).isTrue();
        assertThat(asProvince(() -> sampling.plan(weighted)).orElseThrow().classRatios())
                .isEqualTo("A=1,B=1,C=1,D=100");
    }

    @Test
    void aPlanWithMalformedClassRatiosIsRefusedWithTheRule() {
        assertThatThrownBy(() -> plan("坏比例", "A=3,B=10,C=0,E=5"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.arguments()[0].toString())
                                .contains("C 类的抽查比例应大于 0 且不超过 100")
                                .contains("信用分类抽查比例“E=5”应写作 类别=百分比，如 A=3，每类一次"));
    }

    private long plan(String batch, String ratios) {
        return asProvince(() -> sampling.createPlan(new org.zhijian.sampling.PlanForm(
                        2026,
                        batch + category,
                        "信用加权抽查测试",
                        org.zhijian.sampling.PlanLevel.PREFECTURE,
                        "430100",
                        "湖南省产品质量检验研究院",
                        List.of(category),
                        Map.of(COUNTY, 1),
                        ratios))
                .id());
    }

    @Test
    void nationalClassesImportOnceSitBesideOurOwnAndABadFileChangesNothing() throws Exception {
        java.nio.file.Path bad = dir.resolve("national-bad.csv");
        String wrongDigit = clean.substring(0, 17) + (clean.charAt(17) == '0' ? '1' : '0');
        java.nio.file.Files.writeString(
                bad,
                "月份,统一社会信用代码,类别\n2026-11," + clean + ",E\n2026-13," + once + ",B\n2026-11," + wrongDigit
                        + ",C\n2026-11," + EnterpriseFixtures.aCreditCode("430102") + ",D\n");
        java.nio.file.Path good = dir.resolve("national.csv");
        java.nio.file.Files.writeString(good, "\uFEFF月份,统一社会信用代码,类别\n2026-11," + clean + ",C\n");
        StringWriter out = new StringWriter();
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));

        int refused = cli.execute("credit", "import-classes", bad.toString());
        boolean storedAfterRefusal = november(clean).nationalClass() != null;
        int first = cli.execute("credit", "import-classes", good.toString());
        int again = cli.execute("credit", "import-classes", good.toString());

        assertThat(refused).isNotZero();
        assertThat(storedAfterRefusal).isFalse();
        assertThat(out.toString())
                .contains("第 2 行，列“类别”，值“E”：类别须为 A、B、C 或 D")
                .contains("第 3 行，列“月份”，值“2026-13”：月份应写作 yyyy-MM")
                .contains("第 4 行，列“统一社会信用代码”")
                .contains("第 5 行，列“统一社会信用代码”")
                .contains("本平台没有登记这家企业")
                .contains("已导入 1 行（新增 1，更新 0，未变 0），月份 [2026-11]")
                .contains("已导入 1 行（新增 0，更新 0，未变 1）");
        assertThat(first).isZero();
        assertThat(again).isZero();
        EnterpriseClass c = november(clean);
        assertThat(c.nationalClass()).isEqualTo("C");
        assertThat(c.creditClass()).as("beside, not over, our own by default").isEqualTo("A");
    }

    @Test
    void theMonthsClassesExportForTheProvincialPlatformKeyedByCreditCode() throws Exception {
        String county = TestAccounts.token(accounts, "it-credit-api-county", Role.COUNTY_OFFICER, COUNTY, null);
        String csv = call(county, HttpMethod.GET, "/api/v1/credit/export?month=2026-11&region=" + COUNTY, null)
                .get("_body")
                .toString();
        java.nio.file.Path json = dir.resolve("classes.json");
        CommandLine cli = CommandLauncher.commandLine(context);
        cli.setOut(new PrintWriter(new StringWriter()));
        int exported = cli.execute("credit", "export", "--month", "2026-11", "--out", json.toString());

        assertThat(csv)
                .startsWith("\uFEFF统一社会信用代码,企业名称,月份,类别,风险分,方案版本,县市区代码")
                .contains(suspended + ",信用测试丁有限公司,2026-11,D,60.00,hunan-2026.1,430102")
                .contains(clean + ",信用测试甲有限公司,2026-11,A,");
        assertThat(exported).isZero();
        List<Map<String, Object>> all =
                new tools.jackson.databind.json.JsonMapper().readValue(json.toFile(), List.class);
        assertThat(all)
                .filteredOn(m -> thrice.equals(m.get("uscc")))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("creditClass", "C").containsEntry("month", "2026-11"));
    }

    private static String body(Map<String, Object> answer) {
        assertThat(answer).containsEntry("_status", 200);
        return answer.get("_body").toString();
    }
}
