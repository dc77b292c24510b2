package org.zhijian.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.cli.CommandLauncher;
import picocli.CommandLine;

@IntegrationTest
@SuppressWarnings("unchecked")
class SamplingApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    ClassificationManagement classification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    private String admin;
    private SamplingWorld world;

    private Map<String, Object> call(String token, HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port)
                .method(method)
                .uri(path)
                .header("Authorization", TestAccounts.bearer(token));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            Map<String, Object> map =
                    res.getStatusCode().value() == 204 ? new java.util.HashMap<>() : res.bodyTo(Map.class);
            map.put("_status", res.getStatusCode().value());
            return map;
        });
    }

    @BeforeEach
    void world() {
        admin = TestAccounts.adminToken(accounts);
        world = SamplingWorld.create(accounts, enterprises, classification);
    }

    @Test
    void anInspectorSeesOnlyThePlansTheyAreAssignedTo() {
        long planId = ((Number) call(admin, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("检查员"))
                        .get("id"))
                .longValue();
        Map<String, Object> draw = call(admin, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", null);
        call(admin, HttpMethod.POST, "/api/v1/sampling/draws/" + draw.get("id") + "/confirm", null);
        String assigned = ((List<Map<String, Object>>) draw.get("selections"))
                .get(0)
                .get("inspectors")
                .toString()
                .replaceAll("[\\[\\]]", "")
                .split(", ")[0];
        String idle = TestAccounts.token(accounts, "insp-idle-" + world.category, Role.INSPECTOR, "430100", null);

        String assignedToken = TestAccounts.token(accounts, assigned, Role.INSPECTOR, "430100", null);
        Map<String, Object> mine = call(assignedToken, HttpMethod.GET, "/api/v1/sampling/plans?size=100", null);
        Map<String, Object> theirs = call(idle, HttpMethod.GET, "/api/v1/sampling/plans?size=100", null);

        assertThat(planIds(mine)).contains(planId);
        assertThat(planIds(theirs)).doesNotContain(planId);
        assertThat(call(idle, HttpMethod.GET, "/api/v1/sampling/plans/" + planId, null))
                .containsEntry("_status", 404);
    }

    private static List<Long> planIds(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(p -> ((Number) p.get("id")).longValue()).toList();
    }

    @Test
    void anOfficerPlansDrawsConfirmsAndVerifiesADrawThatNobodyCanAlter() {
        Map<String, Object> template = call(
                admin,
                HttpMethod.POST,
                "/api/v1/sampling/item-templates",
                Map.of(
                        "categoryCode",
                        world.category,
                        "name",
                        "铅（以 Pb 计）",
                        "standard",
                        "GB 2762-2022",
                        "unit",
                        "mg/kg",
                        "requirementKind",
                        "MAX",
                        "upper",
                        0.2,
                        "itemClass",
                        "A"));
        assertThat(template).containsEntry("_status", 201);

        Map<String, Object> plan = call(admin, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("第一批"));
        assertThat(plan).containsEntry("_status", 201).containsEntry("organizerRegionName", "湖南省");
        assertThat((List<Map<String, Object>>) plan.get("items"))
                .singleElement()
                .satisfies(i -> assertThat((Map<String, Object>) i.get("spec")).containsEntry("name", "铅（以 Pb 计）"));
        long planId = ((Number) plan.get("id")).longValue();

        Map<String, Object> draw =
                call(admin, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", Map.of("seed", "12345"));
        Map<String, Object> same =
                call(admin, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", Map.of("seed", "12345"));

        assertThat(draw)
                .containsEntry("_status", 201)
                .containsEntry("status", "DRAWN")
                .containsEntry("seed", "12345")
                .containsEntry("poolSize", 20)
                .containsEntry("algorithm", "zhijian-draw-1");
        List<Map<String, Object>> selected = (List<Map<String, Object>>) draw.get("selections");
        assertThat(selected).hasSize(7);
        assertThat(selected.stream().filter(s -> "430102".equals(s.get("stratum"))))
                .hasSize(4);
        for (Map<String, Object> s : selected) {
            List<String> inspectors = (List<String>) s.get("inspectors");
            assertThat(inspectors).hasSize(2);
            if ("430102".equals(s.get("countyCode"))) {
                assertThat(inspectors).doesNotContain("insp-furong");
            }
        }
        assertThat(same.get("selections")).isEqualTo(selected);
        assertThat(same.get("poolHash")).isEqualTo(draw.get("poolHash"));

        long drawId = ((Number) draw.get("id")).longValue();
        long sameId = ((Number) same.get("id")).longValue();
        assertThat(call(admin, HttpMethod.POST, "/api/v1/sampling/draws/" + sameId + "/discard", null))
                .containsEntry("status", "DISCARDED");
        assertThat(call(admin, HttpMethod.POST, "/api/v1/sampling/draws/" + drawId + "/confirm", null))
                .containsEntry("status", "CONFIRMED");
        assertThat(call(admin, HttpMethod.POST, "/api/v1/sampling/draws/" + sameId + "/confirm", null))
                .containsEntry("code", "SAMPLING_005");
        Map<String, Object> another = call(admin, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", null);
        assertThat(call(admin, HttpMethod.POST, "/api/v1/sampling/draws/" + another.get("id") + "/confirm", null))
                .containsEntry("_status", 409)
                .containsEntry("code", "SAMPLING_006");

        assertThat(call(admin, HttpMethod.GET, "/api/v1/sampling/draws/" + drawId + "/verification", null))
                .containsEntry("match", true);
        assertThat(cli("draw", "verify", Long.toString(drawId))).startsWith("0|MATCH");
        assertThat((List<Map<String, Object>>)
                        call(admin, HttpMethod.GET, "/api/v1/sampling/draws?plan=" + planId, null)
                                .get("items"))
                .hasSize(3)
                .allSatisfy(d -> assertThat(d).containsKeys("seed", "poolHash"));

        assertThatThrownBy(() -> jdbc.sql("update sampling_draw set seed = 1 where id = :id")
                        .param("id", drawId)
                        .update())
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from sampling_draw_selection where draw_id = :id")
                        .param("id", drawId)
                        .update())
                .hasMessageContaining("cannot change");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SAMPLING_DRAW' and object_id = :id")
                        .param("id", Long.toString(drawId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void verificationNamesTheFirstTargetThatDoesNotFollowFromTheSeed() {
        long planId = ((Number) call(admin, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("复核"))
                        .get("id"))
                .longValue();
        long drawId = ((Number) call(
                                admin,
                                HttpMethod.POST,
                                "/api/v1/sampling/plans/" + planId + "/draws",
                                Map.of("seed", "99"))
                        .get("id"))
                .longValue();
        // a forged record: the stored pool and hash, but selections that the seed does not give
        long forged = jdbc.sql("""
                insert into sampling_draw (plan_id, status, algorithm, seed, pool_hash, rules, pool_size, inspector_count,
                    shortfalls, pool_snapshot, drawn_by)
                select plan_id, 'DRAWN', algorithm, 100, pool_hash, rules, pool_size, inspector_count, shortfalls,
                    pool_snapshot, drawn_by from sampling_draw where id = :id returning id""").param("id", drawId).query(Long.class).single();
        jdbc.sql("insert into sampling_draw_selection select :forged, ordinal, enterprise_uscc, stratum, county_code, "
                        + "prefecture_code, inspectors from sampling_draw_selection where draw_id = :id")
                .param("forged", forged)
                .param("id", drawId)
                .update();

        Map<String, Object> check =
                call(admin, HttpMethod.GET, "/api/v1/sampling/draws/" + forged + "/verification", null);

        assertThat(check).containsEntry("match", false);
        assertThat((String) check.get("firstDifference")).startsWith("第 ");
        assertThat(cli("draw", "verify", Long.toString(forged))).startsWith("2|MISMATCH");
    }

    @Test
    void thePoolTakesAnEnterpriseByAnyOfItsCurrentCategories() {
        long planId = ((Number) call(admin, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("多类别"))
                        .get("id"))
                .longValue();
        String first = world.furong.get(0);
        String second = world.furong.get(1);
        org.zhijian.platform.access.CurrentActor.runAs(org.zhijian.platform.access.Actor.system("it"), () -> {
            enterprises.update(first, world.recategorised(first, List.of("CON-CHILD-TOY", world.category)));
            enterprises.update(second, world.recategorised(second, List.of("CON-CHILD-TOY")));
            return null;
        });

        Map<String, Object> draw = call(admin, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", null);

        assertThat(draw).containsEntry("poolSize", 19); // the second left the category; the first is still in it
        String snapshot = snapshotText(((Number) draw.get("id")).longValue());
        assertThat(snapshot)
                .startsWith("zhijian-draw-1\n")
                .contains("\nC\t" + first + "\t")
                .doesNotContain(second);
    }

    /** The stored pool snapshot: the gzip of the canonical text the draw hashed. */
    private String snapshotText(long drawId) {
        byte[] gzip = jdbc.sql("select pool_snapshot from sampling_draw where id = :id")
                .param("id", drawId)
                .query(byte[].class)
                .single();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void recentlySampledEnterprisesStayOutOfThePool() {
        long planId = ((Number) call(admin, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("排除"))
                        .get("id"))
                .longValue();
        jdbc.sql("""
                insert into sampling_record (sample_no, plan_id, enterprise_uscc, county_code, prefecture_code, category_code,
                    sample_name, quantity, place_type, manufacturer_name, inspectors, sampled_on, created_by)
                values (:no, :plan, :uscc, '430102', '430100', :category, '测试样品', '2 袋', 'PRODUCTION', '测试厂',
                    array['insp-cs-1','insp-cs-2'], :on, 'it')""")
                .param("no", "IT-" + world.category)
                .param("plan", planId)
                .param("uscc", world.furong.get(0))
                .param("category", world.category)
                .param("on", LocalDate.now().minusMonths(2))
                .update();

        Map<String, Object> draw = call(admin, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", null);

        assertThat(draw).containsEntry("poolSize", 19);
        assertThat((List<Map<String, Object>>) draw.get("selections"))
                .noneMatch(s -> world.furong.get(0).equals(s.get("uscc")));
    }

    @Test
    void plansAndDrawsStayWithinTheOrganisersRegion() {
        long planId = ((Number) call(admin, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("范围"))
                        .get("id"))
                .longValue();
        String yuelu = TestAccounts.token(accounts, "sampling-yuelu", Role.COUNTY_OFFICER, "430104", null);
        String changsha = TestAccounts.token(accounts, "sampling-changsha", Role.PREFECTURE_OFFICER, "430100", null);

        assertThat(call(yuelu, HttpMethod.GET, "/api/v1/sampling/plans/" + planId, null))
                .containsEntry("_status", 404);
        assertThat(call(changsha, HttpMethod.POST, "/api/v1/sampling/plans/" + planId + "/draws", null))
                .containsEntry("_status", 404);
        assertThat(call(yuelu, HttpMethod.POST, "/api/v1/sampling/plans", world.provincePlan("越权")))
                .containsEntry("_status", 403);
        Map<String, Object> outside = Map.of(
                "year",
                2026,
                "batch",
                "外地" + world.category,
                "title",
                "长沙市抽查",
                "level",
                "PREFECTURE",
                "organizerRegion",
                "430100",
                "institution",
                "长沙市检验所",
                "categories",
                List.of(world.category),
                "targets",
                Map.of("430202", 2));
        assertThat(call(changsha, HttpMethod.POST, "/api/v1/sampling/plans", outside))
                .containsEntry("_status", 422)
                .containsEntry("code", "SAMPLING_003");
        Map<String, Object> own = new java.util.HashMap<>(outside);
        own.put("targets", Map.of("430102", 2));
        Map<String, Object> created = call(changsha, HttpMethod.POST, "/api/v1/sampling/plans", own);
        assertThat(created).containsEntry("_status", 201);
        assertThat(call(yuelu, HttpMethod.GET, "/api/v1/sampling/plans/" + created.get("id"), null))
                .containsEntry("_status", 404);
        assertThat((List<Map<String, Object>>) call(changsha, HttpMethod.GET, "/api/v1/sampling/plans?size=500", null)
                        .get("items"))
                .anyMatch(p -> p.get("id").equals(created.get("id")))
                .noneMatch(p -> ((Number) p.get("id")).longValue() == planId);
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CommandLauncher.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int code = commandLine.execute(args);
        return code + "|" + out;
    }
}
