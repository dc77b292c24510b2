package org.zhijian.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.TestApi;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.sampling.QualityIndicator;
import org.zhijian.sampling.SamplingManagement;

@IntegrationTest
@SuppressWarnings("unchecked")
class IndicatorIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    IndicatorManagement indicators;

    @Autowired
    SamplingManagement sampling;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rounds rounds;

    private static final Actor PROVINCE = Actor.system("it-indicators");

    /** Opens (afresh) the year's reporting round, its window around today. */
    private void freshRound(int year) {
        jdbc.sql("delete from indicator_submission_step where submission_id in (select s.id from indicator_submission s"
                        + " join indicator_round r on r.id = s.round_id where r.year = ?)")
                .param(year)
                .update();
        jdbc.sql("delete from indicator_submission where round_id in (select id from indicator_round where year = ?)")
                .param(year)
                .update();
        jdbc.sql("delete from indicator_extension where round_id in (select id from indicator_round where year = ?)")
                .param(year)
                .update();
        jdbc.sql("delete from indicator_round where year = ?").param(year).update();
        java.time.LocalDate today = java.time.LocalDate.now();
        CurrentActor.runAs(PROVINCE, () -> rounds.open("HN-14", year, today.minusDays(1), today.plusDays(10)));
    }

    private IndicatorProgressView row(List<IndicatorProgressView> rows, int no) {
        return rows.stream().filter(r -> r.no() == no).findFirst().orElseThrow();
    }

    @Test
    void theTwentyFourIndicatorsOfThePlanShowWithBaselineTargetAttributeAndStatus() {
        String token = TestAccounts.token(accounts, "it-indicator-county", Role.COUNTY_OFFICER, "430104", null);
        Map<String, Object> body = TestApi.call(port, token, HttpMethod.GET, "/api/v1/indicators?year=2026", null);
        assertThat(body.get("_status")).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        assertThat(items).hasSize(24);
        Map<String, Object> manufacturing = items.get(12);
        assertThat(manufacturing)
                .containsEntry("no", 13)
                .containsEntry("name", "制造业产品质量合格率")
                .containsEntry("baselineValue", 93.61)
                .containsEntry("targetValue", 95.0)
                .containsEntry("comparator", ">=")
                .containsEntry("attribute", "EXPECTED")
                .containsEntry("source", "COMPUTED");
        assertThat(items.get(21)).containsEntry("comparator", ">=national").containsEntry("attribute", "BINDING");
        assertThat(items.get(23)).containsEntry("name", "森林覆盖率").containsEntry("targetValue", 59.0);
        assertThat(TestApi.call(port, token, HttpMethod.GET, "/api/v1/indicators?plan=NOPE", null)
                        .get("_body"))
                .asString()
                .contains("INDICATOR_001");
    }

    @Test
    void enteredValuesAreJudgedAgainstTheTrajectoryAndTheLatestOneCounts() {
        long brand = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 1")
                .query(Long.class)
                .single();
        long air = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 23")
                .query(Long.class)
                .single();
        long water = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 22")
                .query(Long.class)
                .single();
        jdbc.sql("delete from indicator_value where indicator_id in (?, ?, ?)")
                .params(brand, air, water)
                .update();
        String insert =
                "insert into indicator_value (indicator_id, year, region_code, value, national_target, entered_by)"
                        + " values (?, ?, '430000', ?, ?, 'it')";
        jdbc.sql(insert).params(brand, 2022, 850, null).update();
        jdbc.sql(insert).params(brand, 2023, 860, null).update(); // expected 2023: 800 + 200 × 3/5 = 920 → behind
        jdbc.sql(insert).params(air, 2023, 84.0, null).update(); // binding and behind 86 → warning
        jdbc.sql(insert).params(water, 2023, 95.0, 94.0).update(); // the national target of the year is met
        List<IndicatorProgressView> rows = CurrentActor.runAs(PROVINCE, () -> indicators.progress("HN-14", 2024, null));
        IndicatorProgressView b = row(rows, 1);
        assertThat(b.year()).isEqualTo(2023);
        assertThat(b.value()).isEqualTo(860.0);
        assertThat(b.expected()).isCloseTo(920.0, within(1e-9));
        assertThat(b.status()).isEqualTo("BEHIND");
        assertThat(b.statusLabel()).isEqualTo("滞后");
        assertThat(row(rows, 23).status()).isEqualTo("WARNING");
        assertThat(row(rows, 22).status()).isEqualTo("MET");
        assertThat(row(rows, 5).status()).isEqualTo("NO_DATA");
    }

    @Test
    void passRateIndicatorsComeFromTheSamplingRecordsAsPassedOverDecided() {
        int year = java.time.LocalDate.now().getYear();
        List<IndicatorProgressView> rows = CurrentActor.runAs(PROVINCE, () -> indicators.progress("HN-14", year, null));
        List<QualityIndicator> sampled = CurrentActor.runAs(PROVINCE, () -> sampling.indicators(year, null));
        List<QualityIndicator> before = CurrentActor.runAs(PROVINCE, () -> sampling.indicators(year - 1, null));
        String[] keys = {"manufacturing", "consumer", "food", "agricultural", "drug"};
        for (int i = 0; i < keys.length; i++) {
            IndicatorProgressView view = row(rows, 13 + i);
            String key = keys[i];
            QualityIndicator q = sampled.stream()
                    .filter(s -> s.code().equals(key))
                    .findFirst()
                    .orElseThrow();
            QualityIndicator p = before.stream()
                    .filter(s -> s.code().equals(key))
                    .findFirst()
                    .orElseThrow();
            QualityIndicator used = q.rate().total() > 0 ? q : p.rate().total() > 0 ? p : null;
            if (used == null) {
                assertThat(view.value()).isNull();
                assertThat(view.status()).isEqualTo("NO_DATA");
            } else {
                assertThat(view.numerator()).isEqualTo((double) used.rate().passed());
                assertThat(view.denominator()).isEqualTo((double) used.rate().total());
                assertThat(view.value())
                        .isCloseTo(100.0 * used.rate().passed() / used.rate().total(), within(1e-9));
            }
        }
    }

    @Test
    void thePageListsEveryIndicatorWithItsStatusForAPrefecture() throws Exception {
        String token = TestAccounts.token(accounts, "it-indicator-pref", Role.PREFECTURE_OFFICER, "430100", null);
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/indicators?region=430100&year=2026"))
                                .header("Authorization", TestAccounts.bearer(token))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html.split("<tr>", -1).length - 2).isEqualTo(24);
        assertThat(html)
                .contains("制造业产品质量合格率")
                .contains("达到国家考核目标")
                .contains("约束性")
                .contains("status-");
        long forest = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 24")
                .query(Long.class)
                .single();
        String detail = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/indicators/" + forest + "?region=430100"))
                                .header("Authorization", TestAccounts.bearer(token))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(detail)
                .contains("森林覆盖率")
                .contains("data-years=\"2020,2021,2022,2023,2024,2025")
                .contains("data-trajectory=\"59.9600,")
                .contains("id=\"value-form\"");
    }

    @Test
    void aPrefectureRecordsItsOwnValuesWithHistoryAndChecksAndNoOneRecordsAComputedRate() {
        String changsha = TestAccounts.token(accounts, "it-indicator-cs", Role.PREFECTURE_OFFICER, "430100", null);
        freshRound(2022);
        freshRound(2023);
        long organic = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 2")
                .query(Long.class)
                .single();
        long manufacturing = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 13")
                .query(Long.class)
                .single();
        long air = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 23")
                .query(Long.class)
                .single();
        jdbc.sql("delete from indicator_value where indicator_id in (?, ?) and region_code = '430100'")
                .params(organic, air)
                .update();
        String path = "/api/v1/indicators/" + organic + "/values";
        Map<String, Object> first = TestApi.call(
                port, changsha, HttpMethod.POST, path, Map.of("year", 2022, "regionCode", "430100", "value", 60));
        assertThat(first.get("_status")).as(first.get("_body").toString()).isEqualTo(201);
        Map<String, Object> jump = TestApi.call(
                port, changsha, HttpMethod.POST, path, Map.of("year", 2023, "regionCode", "430100", "value", 90));
        assertThat(jump.get("_status")).isEqualTo(422);
        assertThat(jump.get("_body").toString()).contains("INDICATOR_002").contains("请说明原因");
        assertThat(TestApi.call(
                                port,
                                changsha,
                                HttpMethod.POST,
                                path,
                                Map.of("year", 2023, "regionCode", "430100", "value", 90, "note", "新增认证企业 30 家"))
                        .get("_status"))
                .isEqualTo(201);
        assertThat(TestApi.call(
                                port,
                                changsha,
                                HttpMethod.POST,
                                path,
                                Map.of("year", 2023, "regionCode", "430100", "value", 88, "note", "更正：两家企业证书已过期"))
                        .get("_status"))
                .isEqualTo(201);
        assertThat(TestApi.call(
                                port,
                                changsha,
                                HttpMethod.POST,
                                path,
                                Map.of("year", 2023, "regionCode", "430200", "value", 5))
                        .get("_status"))
                .isEqualTo(403);
        assertThat(TestApi.call(
                                port,
                                changsha,
                                HttpMethod.POST,
                                "/api/v1/indicators/" + manufacturing + "/values",
                                Map.of("year", 2023, "regionCode", "430100", "value", 95))
                        .get("_body"))
                .asString()
                .contains("INDICATOR_003");
        Map<String, Object> rate = TestApi.call(
                port,
                changsha,
                HttpMethod.POST,
                "/api/v1/indicators/" + air + "/values",
                Map.of("year", 2023, "regionCode", "430100", "numerator", 310, "denominator", 365));
        assertThat(((Number) rate.get("value")).doubleValue()).isCloseTo(84.9315, within(1e-4));
        assertThat(TestApi.call(
                                port,
                                changsha,
                                HttpMethod.POST,
                                "/api/v1/indicators/" + air + "/values",
                                Map.of("year", 2023, "regionCode", "430100", "value", 120))
                        .get("_body"))
                .asString()
                .contains("0–100");

        List<Map<String, Object>> history =
                (List<Map<String, Object>>) TestApi.call(port, changsha, HttpMethod.GET, path + "?region=430100", null)
                        .get("items");
        assertThat(history)
                .extracting(h -> ((Number) h.get("value")).doubleValue())
                .containsExactly(60.0, 90.0, 88.0);
        IndicatorProgressView now = CurrentActor.runAs(PROVINCE, () -> indicators.find(organic, 2024, "430100"))
                .orElseThrow();
        assertThat(now.value()).isEqualTo(88.0);
        assertThat(now.year()).isEqualTo(2023);
    }

    @Test
    void aRoundGoesFromEntryThroughPrefectureReviewToProvinceApprovalWithReturnsAndLock() {
        freshRound(2021);
        long round = rounds.rounds("HN-14").stream()
                .filter(r -> r.year() == 2021)
                .findFirst()
                .orElseThrow()
                .id();
        long organic = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 2")
                .query(Long.class)
                .single();
        Actor filler = new Actor(
                "it-round-fill", "PREFECTURE_OFFICER", Scope.prefecture("430500"), Scope.prefecture("430500"), "");
        Actor reviewer = new Actor(
                "it-round-review", "PREFECTURE_OFFICER", Scope.prefecture("430500"), Scope.prefecture("430500"), "");
        NewIndicatorValue v = new NewIndicatorValue(2021, "430500", 40.0, null, null, null, "");
        CurrentActor.runAs(filler, () -> indicators.record(organic, v));
        CurrentActor.runAs(filler, () -> rounds.submit(round, "430500"));
        assertThatThrownBy(() -> CurrentActor.runAs(filler, () -> indicators.record(organic, v)))
                .hasMessageContaining("INDICATOR_004");
        assertThatThrownBy(() -> CurrentActor.runAs(filler, () -> rounds.review(round, "430500", true, "")))
                .hasMessageContaining("INDICATOR_004");
        assertThatThrownBy(() -> CurrentActor.runAs(reviewer, () -> rounds.review(round, "430500", false, " ")))
                .hasMessageContaining("INDICATOR_002");
        CurrentActor.runAs(reviewer, () -> rounds.review(round, "430500", false, "有机产品数应含转换期产品，请核实"));
        CurrentActor.runAs(
                filler,
                () -> indicators.record(organic, new NewIndicatorValue(2021, "430500", 42.0, null, null, null, "")));
        CurrentActor.runAs(filler, () -> rounds.submit(round, "430500"));
        CurrentActor.runAs(reviewer, () -> rounds.review(round, "430500", true, ""));
        assertThatThrownBy(() -> CurrentActor.runAs(reviewer, () -> rounds.decide(round, "430500", true, "")))
                .isInstanceOf(org.zhijian.platform.access.AccessDeniedException.class);
        ReportingRound done = CurrentActor.runAs(PROVINCE, () -> rounds.decide(round, "430500", true, ""));
        ReportingRound.Submission shaoyang = done.submissions().stream()
                .filter(x -> x.prefectureCode().equals("430500"))
                .findFirst()
                .orElseThrow();
        assertThat(shaoyang.status()).isEqualTo("APPROVED");
        assertThat(shaoyang.steps())
                .extracting(ReportingRound.Step::action)
                .containsExactly("提交审核", "市州审核退回", "提交审核", "市州审核通过", "省级审定通过");
        assertThat(shaoyang.steps().get(1).comment()).contains("转换期");

        assertThatThrownBy(() -> CurrentActor.runAs(
                        filler,
                        () -> indicators.record(
                                organic, new NewIndicatorValue(2020, "430500", 40.0, null, null, null, ""))))
                .hasMessageContaining("尚未开启");
        CurrentActor.runAs(
                PROVINCE,
                () -> rounds.extend(round, "430600", java.time.LocalDate.now().plusDays(30)));
        CurrentActor.runAs(PROVINCE, () -> rounds.lock(round));
        assertThatThrownBy(() -> CurrentActor.runAs(
                        PROVINCE,
                        () -> indicators.record(
                                organic, new NewIndicatorValue(2021, "430500", 43.0, null, null, null, ""))))
                .hasMessageContaining("已锁定");
        assertThat(CurrentActor.runAs(PROVINCE, () -> indicators.find(organic, 2021, "430500"))
                        .orElseThrow()
                        .value())
                .isEqualTo(42.0);
        String admin = TestAccounts.adminToken(accounts);
        String page = TestApi.call(port, admin, HttpMethod.GET, "/indicators/rounds/" + round, null)
                .get("_body")
                .toString();
        assertThat(page).contains("邵阳市").contains("已审定").contains("省级审定通过").contains("（已锁定）");
        assertThat(page)
                .as("the breadcrumb names the section and the year from the messages, the year without grouping")
                .contains(">规划指标</a>", ">年度填报</a>", "<span>2021 年</span>");
        assertThat(TestApi.call(port, admin, HttpMethod.GET, "/indicators/rounds", null)
                        .get("_body")
                        .toString())
                .contains("2021");
        assertThat(TestApi.call(port, admin, HttpMethod.GET, "/api/v1/indicator-rounds", null)
                        .get("_status"))
                .isEqualTo(200);
    }

    @Test
    void theProvinceAddsAPlanFromAFileAndABadFileIsRefusedWholeWithRowAndColumn() throws Exception {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 8);
        String header = "no,domain_zh,name_zh,name_en,unit,baseline_year,baseline_value,target_year,target_comparator,"
                + "target_value,target_text_zh,attribute_zh\n";
        String good = header + "1,产品质量,制造业产品质量合格率,,%,2025,95.0,2030,>=,96.5,,预期性\n"
                + "2,品牌建设,中国质量奖,,项,2025,12,2030,>=,15,,预期性\n";
        String bad = header + "1,产品质量,制造业产品质量合格率,,%,2025,95.0,2030,>=,96.5,,预期性\n"
                + "2,品牌建设,中国质量奖,,项,2025,abc,2030,~,15,,预期性\n";
        assertThatThrownBy(() -> CurrentActor.runAs(
                        PROVINCE,
                        () -> indicators.addPlan(
                                code,
                                "十五五规划（测试）",
                                2026,
                                2030,
                                bad.getBytes(java.nio.charset.Charset.forName("GB18030")))))
                .hasMessageContaining("INDICATOR_002")
                .hasMessageContaining("第 3 行「baseline_value」")
                .hasMessageContaining("第 3 行「target_comparator」");
        assertThat(indicators.plans()).extracting(IndicatorPlan::code).doesNotContain(code);
        Actor prefecture = new Actor(
                "it-plan-pref", "PREFECTURE_OFFICER", Scope.prefecture("430100"), Scope.prefecture("430100"), "");
        assertThatThrownBy(() -> CurrentActor.runAs(
                        prefecture,
                        () -> indicators.addPlan(
                                code, "十五五规划（测试）", 2026, 2030, good.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(org.zhijian.platform.access.AccessDeniedException.class);

        IndicatorPlan added = CurrentActor.runAs(
                PROVINCE,
                () -> indicators.addPlan(
                        code, "十五五规划（测试）", 2026, 2030, good.getBytes(java.nio.charset.Charset.forName("GB18030"))));
        assertThat(added.indicators()).isEqualTo(2);
        List<IndicatorProgressView> rows = CurrentActor.runAs(PROVINCE, () -> indicators.progress(code, 2026, null));
        assertThat(rows).extracting(IndicatorProgressView::name).containsExactly("制造业产品质量合格率", "中国质量奖");
        assertThat(rows.get(0).source()).isEqualTo("COMPUTED");
        assertThat(rows.get(1).targetValue()).isEqualTo(15.0);
        assertThatThrownBy(() -> CurrentActor.runAs(
                        PROVINCE,
                        () -> indicators.addPlan(
                                code, "again", 2026, 2030, good.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageContaining("INDICATOR_004");
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add(
                "file",
                new org.springframework.core.io.ByteArrayResource(
                        good.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "plan.csv";
                    }
                });
        body.add("code", code + "B");
        body.add("name", "十五五规划（接口）");
        body.add("startYear", "2026");
        body.add("endYear", "2030");
        Map<String, Object> viaApi = org.springframework.web.client.RestClient.create("http://localhost:" + port)
                .post()
                .uri("/api/v1/indicators/plans")
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .retrieve()
                .body(Map.class);
        assertThat(viaApi).containsEntry("code", code + "B").containsEntry("indicators", 2);
    }

    @Autowired
    Assessments assessments;

    @Test
    void theYearlyAssessmentScoresRanksAndExplainsEveryPrefecture() {
        jdbc.sql(
                        "delete from assessment_appeal where scheme_id in (select id from assessment_scheme where year = 2020)")
                .update();
        jdbc.sql("delete from assessment_input where scheme_id in (select id from assessment_scheme where year = 2020)")
                .update();
        jdbc.sql("delete from assessment_item where scheme_id in (select id from assessment_scheme where year = 2020)")
                .update();
        jdbc.sql("delete from assessment_scheme where year = 2020").update();
        long green = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 3")
                .query(Long.class)
                .single();
        jdbc.sql("delete from indicator_value where indicator_id = ? and year = 2020")
                .param(green)
                .update();
        CurrentActor.runAs(
                PROVINCE,
                () -> indicators.record(green, new NewIndicatorValue(2020, "430400", 200.0, null, null, null, "")));
        CurrentActor.runAs(
                PROVINCE,
                () -> indicators.record(green, new NewIndicatorValue(2020, "430700", 125.0, null, null, null, "")));
        List<AssessmentItem> items = List.of(
                new AssessmentItem("GREEN", "绿色食品数", "INDICATOR", 40, 100.0, 200.0, true, 0, green),
                new AssessmentItem("TASKS", "质量强市工作任务", "TASK", 40, null, null, true, 0, null),
                new AssessmentItem("ACCIDENT", "较大质量安全事故", "DEDUCTION", 10, null, null, true, 5, null),
                new AssessmentItem("VETO", "重大质量安全事故", "VETO", 0, null, null, true, 0, null));
        Actor prefecture = new Actor(
                "it-assess-pref", "PREFECTURE_OFFICER", Scope.prefecture("430400"), Scope.prefecture("430400"), "");
        assertThatThrownBy(() -> CurrentActor.runAs(prefecture, () -> assessments.createScheme(2020, items)))
                .isInstanceOf(org.zhijian.platform.access.AccessDeniedException.class);
        CurrentActor.runAs(PROVINCE, () -> assessments.createScheme(2020, items));
        CurrentActor.runAs(PROVINCE, () -> assessments.recordInput(2020, "430400", "TASKS", 1.0, ""));
        CurrentActor.runAs(PROVINCE, () -> assessments.recordInput(2020, "430700", "TASKS", 0.5, ""));
        CurrentActor.runAs(PROVINCE, () -> assessments.recordInput(2020, "430700", "ACCIDENT", 1, "某化工厂爆燃"));
        CurrentActor.runAs(PROVINCE, () -> assessments.recordInput(2020, "430800", "VETO", 1, "重大事故"));
        assertThatThrownBy(() ->
                        CurrentActor.runAs(PROVINCE, () -> assessments.recordInput(2020, "430700", "TASKS", 1.5, "")))
                .hasMessageContaining("INDICATOR_002");
        AssessmentResult r = assessments.result(2020).orElseThrow();
        assertThat(r.sheets()).hasSize(14);
        assertThat(r.sheets().get(0).prefectureName()).isEqualTo("衡阳市");
        assertThat(r.sheets().get(0).sheet().total()).isEqualTo(80.0);
        assertThat(r.sheets().get(1).prefectureName()).isEqualTo("常德市");
        assertThat(r.sheets().get(1).sheet().total()).isEqualTo(25.0);
        assertThat(r.sheets().get(1).sheet().lines().get(0).explanation())
                .isEqualTo("实际 125.00，下限 100.00、目标 200.00 → 25.0% × 40.00 = 10.00 分");
        assertThat(r.sheets().get(13).prefectureName()).isEqualTo("张家界市");
        assertThat(r.sheets().get(13).sheet().vetoed()).isTrue();
        String page = TestApi.call(port, TestAccounts.adminToken(accounts), HttpMethod.GET, "/assessments/2020", null)
                .get("_body")
                .toString();
        assertThat(page).contains("2020 年度考核").contains("衡阳市").contains("一票否决").contains("25.0% × 40.00");

        CurrentActor.runAs(
                PROVINCE,
                () -> assessments.openAppeals(2020, java.time.LocalDate.now().plusDays(7)));
        Actor changde = new Actor(
                "it-assess-changde", "PREFECTURE_OFFICER", Scope.prefecture("430700"), Scope.prefecture("430700"), "");
        assertThatThrownBy(() ->
                        CurrentActor.runAs(prefecture, () -> assessments.appeal(2020, "430700", "ACCIDENT", "代为申诉")))
                .isInstanceOf(org.zhijian.platform.access.AccessDeniedException.class);
        Appeal accident =
                CurrentActor.runAs(changde, () -> assessments.appeal(2020, "430700", "ACCIDENT", "爆燃为一般事故，不属较大事故"));
        Appeal tasks = CurrentActor.runAs(changde, () -> assessments.appeal(2020, "430700", "TASKS", "任务完成比例应为 0.6"));
        CurrentActor.runAs(PROVINCE, () -> assessments.decide(accident.id(), true, 0.0, "经核实为一般事故"));
        CurrentActor.runAs(PROVINCE, () -> assessments.decide(tasks.id(), false, null, "材料不足"));
        assertThatThrownBy(() -> CurrentActor.runAs(PROVINCE, () -> assessments.decide(tasks.id(), true, 1.0, "再议")))
                .hasMessageContaining("INDICATOR_004");
        AssessmentResult after = assessments.result(2020).orElseThrow();
        AssessmentResult.Ranked cd = after.sheets().stream()
                .filter(x -> x.prefectureCode().equals("430700"))
                .findFirst()
                .orElseThrow();
        assertThat(cd.sheet().total()).isEqualTo(30.0);
        assertThat(assessments.appeals(2020)).extracting(Appeal::status).containsExactly("ACCEPTED", "REJECTED");
        assertThat(jdbc.sql("select count(*) from assessment_input i join assessment_scheme s on s.id = i.scheme_id"
                                + " where s.year = 2020 and i.prefecture_code = '430700' and i.item_code = 'ACCIDENT'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        String changdePage = TestApi.call(
                        port,
                        TestAccounts.token(accounts, "it-assess-changde-ui", Role.PREFECTURE_OFFICER, "430700", null),
                        HttpMethod.GET,
                        "/assessments/2020",
                        null)
                .get("_body")
                .toString();
        assertThat(changdePage).contains("已采纳：经核实为一般事故").contains("id=\"appeal-form\"");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @Test
    void theAnnualReportIsAPdfWithChineseTextAndAnXlsxTableFromThePageAndTheCli() throws Exception {
        String admin = TestAccounts.adminToken(accounts);
        byte[] pdf = org.springframework.web.client.RestClient.create("http://localhost:" + port)
                .get()
                .uri("/indicators/report?year=2020&format=pdf")
                .header("Authorization", TestAccounts.bearer(admin))
                .retrieve()
                .body(byte[].class);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p));
        }
        assertThat(text.toString().replace(" ", ""))
                .contains("2020年湖南省质量状况分析报告")
                .contains("制造业产品质量合格率")
                .contains("森林覆盖率")
                .contains("约束性");

        byte[] xlsx = org.springframework.web.client.RestClient.create("http://localhost:" + port)
                .get()
                .uri("/indicators/report?year=2020&format=xlsx")
                .header("Authorization", TestAccounts.bearer(admin))
                .retrieve()
                .body(byte[].class);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("指标");
            assertThat(sheet.getRow(13).getCell(2).getStringCellValue()).isEqualTo("制造业产品质量合格率");
        }

        java.nio.file.Path out = dir.resolve("report.pdf");
        java.io.StringWriter log = new java.io.StringWriter();
        picocli.CommandLine cli = org.zhijian.platform.cli.CommandLauncher.commandLine(context);
        cli.setOut(new java.io.PrintWriter(log, true));
        cli.setErr(new java.io.PrintWriter(log, true));
        assertThat(cli.execute("report", "annual", "--year", "2020", "--out", out.toString()))
                .as(log.toString())
                .isZero();
        assertThat(java.nio.file.Files.size(out)).isGreaterThan(1_000);
    }

    @Autowired
    org.zhijian.notification.Notifications notifications;

    @Test
    void aBindingIndicatorOffTrackAlertsTheProvinceAndThePrefecture() {
        long air = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 23")
                .query(Long.class)
                .single();
        jdbc.sql("delete from indicator_value where indicator_id = ? and year = 2020 and region_code = '431300'")
                .param(air)
                .update();
        CurrentActor.runAs(
                PROVINCE,
                () -> indicators.record(air, new NewIndicatorValue(2020, "431300", 79.5, null, null, null, "")));
        Actor loudi = new Actor(
                "it-alert-loudi", "PREFECTURE_OFFICER", Scope.prefecture("431300"), Scope.prefecture("431300"), "");
        for (Actor reader : List.of(PROVINCE, loudi)) {
            assertThat(CurrentActor.runAs(reader, () -> notifications.inbox(org.zhijian.platform.PageRequest.of(1, 50)))
                            .items())
                    .anySatisfy(n -> {
                        assertThat(n.title()).isEqualTo("约束性指标预警：娄底市 地级及以上城市空气质量优良天数比率");
                        assertThat(n.body()).contains("79.50%").contains("83.00%");
                    });
        }
    }

    private int postForm(String token, String path, String form) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header("Authorization", TestAccounts.bearer(token))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void theProvinceTypesTheSchemeOnThePage() throws Exception {
        jdbc.sql(
                        "delete from assessment_appeal where scheme_id in (select id from assessment_scheme where year = 2018)")
                .update();
        jdbc.sql("delete from assessment_input where scheme_id in (select id from assessment_scheme where year = 2018)")
                .update();
        jdbc.sql("delete from assessment_item where scheme_id in (select id from assessment_scheme where year = 2018)")
                .update();
        jdbc.sql("delete from assessment_scheme where year = 2018").update();
        String admin = TestAccounts.adminToken(accounts);
        String bad = "M13,制造业产品质量合格率,指标,三十,90,95,高,,13";
        assertThat(postForm(
                        admin,
                        "/assessments/2018/scheme",
                        "lines=" + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(302);
        assertThat(assessments.result(2018)).isEmpty();
        String lines =
                "M13,制造业产品质量合格率,指标,30,90,95,高,,13\nT1,质量强市工作任务,任务,40\nD1,较大质量安全事故,扣分,10,,,,5\n" + "V1,重大质量安全事故,否决,0";
        assertThat(postForm(
                        admin,
                        "/assessments/2018/scheme",
                        "lines=" + java.net.URLEncoder.encode(lines, java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(302);
        AssessmentResult r = assessments.result(2018).orElseThrow();
        assertThat(r.items())
                .extracting(AssessmentItem::kind)
                .containsExactly("INDICATOR", "TASK", "DEDUCTION", "VETO");
        long manufacturing = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 13")
                .query(Long.class)
                .single();
        assertThat(r.items().get(0).indicatorId()).isEqualTo(manufacturing);
        assertThat(r.items().get(2).perUnit()).isEqualTo(5.0);
        assertThat(r.sheets()).hasSize(14);
    }

    @Test
    void aRoundAndAnAppealWorkThroughThePageForms() throws Exception {
        freshRound(2024);
        long round = rounds.rounds("HN-14").stream()
                .filter(r -> r.year() == 2024)
                .findFirst()
                .orElseThrow()
                .id();
        String filler = TestAccounts.token(accounts, "ui-round-fill", Role.PREFECTURE_OFFICER, "431100", null);
        String reviewer = TestAccounts.token(accounts, "ui-round-review", Role.PREFECTURE_OFFICER, "431100", null);
        String admin = TestAccounts.adminToken(accounts);
        long organic = jdbc.sql("select id from indicator where plan_code = 'HN-14' and no = 2")
                .query(Long.class)
                .single();
        assertThat(postForm(filler, "/indicators/" + organic + "/values", "regionCode=431100&year=2024&value=12"))
                .isEqualTo(302);
        assertThat(postForm(filler, "/indicators/rounds/" + round + "/431100/submit", ""))
                .isEqualTo(302);
        assertThat(postForm(
                        reviewer,
                        "/indicators/rounds/" + round + "/431100/return",
                        "comment=" + java.net.URLEncoder.encode("请附证书清单", java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(302);
        assertThat(postForm(filler, "/indicators/rounds/" + round + "/431100/submit", ""))
                .isEqualTo(302);
        assertThat(postForm(reviewer, "/indicators/rounds/" + round + "/431100/pass", "comment="))
                .isEqualTo(302);
        assertThat(postForm(admin, "/indicators/rounds/" + round + "/431100/approve", "comment="))
                .isEqualTo(302);
        ReportingRound.Submission yongzhou = rounds.round(round).orElseThrow().submissions().stream()
                .filter(x -> x.prefectureCode().equals("431100"))
                .findFirst()
                .orElseThrow();
        assertThat(yongzhou.status()).isEqualTo("APPROVED");
        assertThat(yongzhou.steps())
                .extracting(ReportingRound.Step::action)
                .containsExactly("提交审核", "市州审核退回", "提交审核", "市州审核通过", "省级审定通过");

        jdbc.sql(
                        "delete from assessment_appeal where scheme_id in (select id from assessment_scheme where year = 2017)")
                .update();
        jdbc.sql("delete from assessment_input where scheme_id in (select id from assessment_scheme where year = 2017)")
                .update();
        jdbc.sql("delete from assessment_item where scheme_id in (select id from assessment_scheme where year = 2017)")
                .update();
        jdbc.sql("delete from assessment_scheme where year = 2017").update();
        assertThat(postForm(
                        admin,
                        "/assessments/2017/scheme",
                        "lines="
                                + java.net.URLEncoder.encode("T1,工作任务,任务,40", java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(302);
        assertThat(postForm(admin, "/assessments/2017/inputs", "prefecture=431100&item=T1&value=0.5&note="))
                .isEqualTo(302);
        assertThat(postForm(
                        admin,
                        "/assessments/2017/appeal-window",
                        "until=" + java.time.LocalDate.now().plusDays(3)))
                .isEqualTo(302);
        assertThat(postForm(
                        filler,
                        "/assessments/2017/appeals",
                        "prefecture=431100&item=T1&reason="
                                + java.net.URLEncoder.encode("已完成 9 项中的 9 项", java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(302);
        long appeal = assessments.appeals(2017).get(0).id();
        assertThat(postForm(
                        admin,
                        "/assessments/2017/appeals/" + appeal,
                        "accept=true&newValue=1&decision="
                                + java.net.URLEncoder.encode("核实属实", java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(302);
        AssessmentResult r = assessments.result(2017).orElseThrow();
        assertThat(r.sheets().get(0).prefectureCode()).isEqualTo("431100");
        assertThat(r.sheets().get(0).sheet().total()).isEqualTo(40.0);
    }
}
