package org.zhijian.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import org.zhijian.IntegrationTest;
import org.zhijian.TestApi;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.TestAccounts;
import org.zhijian.importing.ImportJob;
import org.zhijian.importing.ImportManagement;
import org.zhijian.importing.ImportOptions;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
@SuppressWarnings("unchecked")
class RecallImportIT {

    private static final Actor PROVINCE = new Actor("it-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");

    @LocalServerPort
    int port;

    @Autowired
    ImportManagement imports;

    @Autowired
    AccountManagement accounts;

    @TempDir
    Path dir;

    private ImportJob importFile(String resource, String format) throws Exception {
        Path file = dir.resolve(resource);
        try (var in = getClass().getResourceAsStream("/demo/foreign-recalls/" + resource)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return CurrentActor.runAs(
                PROVINCE,
                () -> imports.importNow("recalls", file, resource, new ImportOptions(false, false, format), j -> {}));
    }

    private Map<String, Object> get(String path) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(path)
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .retrieve()
                .body(Map.class);
    }

    @Test
    void foreignFeedsImportInTheirNativeFormatsOnce() throws Exception {
        for (var file : Map.of(
                        "openfda-food-enforcement-2015.json", List.of("openfda", 50),
                        "rasff-notifications-2024-10.csv", List.of("rasff", 300),
                        "cpsc-recalls-bluestar.json", List.of("cpsc", 3))
                .entrySet()) {
            String format = (String) file.getValue().get(0);
            long records = (Integer) file.getValue().get(1);

            ImportJob first = importFile(file.getKey(), format);
            ImportJob again = importFile(file.getKey(), format);

            assertThat(first.status()).as(first.message()).isEqualTo("SUCCEEDED");
            assertThat(first.inserted() + first.unchanged()).isEqualTo(records);
            assertThat(again.unchanged()).as("re-importing changes nothing").isEqualTo(records);
            assertThat(again.inserted() + again.updated()).isZero();
        }

        Map<String, Object> fda = get("/api/v1/recalls?source=OPENFDA&q=F-0924-2013");
        assertThat(fda).containsEntry("total", 1);
        Map<String, Object> pepsi = ((List<Map<String, Object>>) fda.get("items")).get(0);
        assertThat(pepsi)
                .containsEntry("recalledOn", "2012-12-20")
                .containsEntry("riskClass", "Class III")
                .containsEntry("recallingFirm", "Pepsi Cola North America")
                .containsEntry("source", "OPENFDA");
        assertThat(get("/api/v1/recalls?source=OPENFDA")).containsEntry("total", 50);
        byte[] xlsx = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/recalls/export?source=OPENFDA&q=F-0924-2013")
                .header("Authorization", TestAccounts.bearer(TestAccounts.adminToken(accounts)))
                .retrieve()
                .body(byte[].class);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("F-0924-2013");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        Map<String, Object> cpsc = get("/api/v1/recalls?source=CPSC&q=03525");
        assertThat((List<Map<String, Object>>) cpsc.get("items"))
                .singleElement()
                .satisfies(r ->
                        assertThat(r).containsEntry("recalledOn", "2003-03-11").containsEntry("reference", "03525"));
        assertThat((int) get("/api/v1/recalls?source=CPSC&category=CON-EE-KITCHEN&q=BlueStar")
                        .get("total"))
                .as("gas ranges and wall ovens are kitchen appliances")
                .isGreaterThanOrEqualTo(2);
        assertThat((int) get("/api/v1/recalls?source=CPSC&category=CON-EE-KITCHEN&q=Candles")
                        .get("total"))
                .isZero();
        assertThat((int) get("/api/v1/recalls?source=RASFF&category=AGRI").get("total"))
                .as("fruits, vegetables, meat, fish and eggs are agricultural products")
                .isGreaterThan(100);
    }

    @Test
    void countryFilterMatchesAnOriginInAListOfOrigins() throws Exception {
        importFile("rasff-notifications-2024-10.csv", "rasff");
        long china = 0;
        try (Reader in = Files.newBufferedReader(
                Path.of(getClass()
                        .getResource("/demo/foreign-recalls/rasff-notifications-2024-10.csv")
                        .toURI()),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                if (Arrays.stream(r.get(3).split(";")).anyMatch(c -> c.strip().equalsIgnoreCase("china"))) {
                    china++;
                }
            }
        }

        Map<String, Object> page = get("/api/v1/recalls?source=RASFF&country=china&size=500");

        assertThat(china).isGreaterThanOrEqualTo(17);
        assertThat(((Number) page.get("total")).longValue()).isEqualTo(china);
        assertThat((List<Map<String, Object>>) page.get("items"))
                .allSatisfy(r -> assertThat(((String) r.get("originCountry")).toLowerCase())
                        .contains("china"));
    }

    @Test
    void templateRowsAreCheckedCellByCellAndAFileInTheWrongFormatIsRefused() throws Exception {
        Path bad = dir.resolve("domestic.csv");
        Files.writeString(
                bad,
                "来源,编号,召回日期,产品,生产者统一社会信用代码,所在县区代码\n"
                        + "国内,HN-2026-001,2026-05-08,儿童电动玩具车,,430104\n"
                        + "火星,HN-2026-002,2026-05-08,电热水壶,,\n"
                        + "国内,HN-2026-003,昨天,电热水壶,91430100MA4L000000,430100\n",
                StandardCharsets.UTF_8);

        ImportJob rejected = CurrentActor.runAs(
                PROVINCE, () -> imports.importNow("recalls", bad, "domestic.csv", ImportOptions.strict(), j -> {}));

        assertThat(rejected.status()).isEqualTo("REJECTED");
        String report = Files.readString(imports.report(rejected.id()).orElseThrow());
        assertThat(report).contains("3,来源,火星").contains("4,召回日期,昨天").contains("4,所在县区代码,430100");

        Path json = dir.resolve("not.json");
        Files.writeString(json, "{\"results\": [ {\"recall_number\": ", StandardCharsets.UTF_8);
        ImportJob broken = CurrentActor.runAs(
                PROVINCE,
                () -> imports.importNow(
                        "recalls", json, "not.json", new ImportOptions(false, false, "openfda"), j -> {}));
        assertThat(broken.status()).isEqualTo("FAILED");
        assertThat(broken.message()).contains("openFDA");
        assertThatThrownBy(() -> CurrentActor.runAs(
                        PROVINCE,
                        () -> imports.importNow(
                                "recalls", json, "x", new ImportOptions(false, false, "safetygate"), j -> {})))
                .hasMessageContaining("IMPORT_002");
    }

    @Test
    void officersFindARecallInTheListAndReadItsDetails() throws Exception {
        importFile("cpsc-recalls-bluestar.json", "cpsc");
        RestClient client = RestClient.create("http://localhost:" + port);
        String token = TestAccounts.bearer(TestAccounts.adminToken(accounts));

        String list = client.get()
                .uri("/recalls?source=CPSC&q=BlueStar")
                .header("Authorization", token)
                .retrieve()
                .body(String.class);
        Map<String, Object> found = get("/api/v1/recalls?source=CPSC&q=18218");
        long id = ((Number)
                        ((List<Map<String, Object>>) found.get("items")).get(0).get("id"))
                .longValue();
        String detail = client.get()
                .uri("/recalls/" + id)
                .header("Authorization", token)
                .retrieve()
                .body(String.class);

        assertThat(list).contains("国内外召回").contains("18218").contains("CPSC");
        assertThat(detail)
                .contains("2018-09-11")
                .contains("生产者")
                .contains("Prizer-Painter Stove Works")
                .contains("https://www.cpsc.gov/Recalls/2018/");
    }

    @Test
    void theApiRegistersOneRecallAndRefusesABadRepeatedOrForeignAreaOne() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        String admin = TestAccounts.adminToken(accounts);
        Map<String, Object> body = Map.of(
                "source", "国内",
                "reference", "HN-RC-" + tag,
                "recall_type", "主动召回",
                "recalled_on", "2026-05-20",
                "product", "儿童滑板车",
                "hazard", "把手焊点断裂，可能导致儿童摔伤",
                "manufacturer", "长沙某某玩具有限公司",
                "county_code", "430104");

        Map<String, Object> created = TestApi.call(port, admin, HttpMethod.POST, "/api/v1/recalls", body);
        Map<String, Object> again = TestApi.call(port, admin, HttpMethod.POST, "/api/v1/recalls", body);
        Map<String, Object> bad = TestApi.call(
                port, admin, HttpMethod.POST, "/api/v1/recalls", Map.of("source", "国内", "reference", "X-" + tag));
        String furong =
                TestAccounts.token(accounts, "recall-furong", org.zhijian.account.Role.COUNTY_OFFICER, "430102", null);
        Map<String, Object> elsewhere = TestApi.call(
                port,
                furong,
                HttpMethod.POST,
                "/api/v1/recalls",
                Map.of(
                        "source",
                        "国内",
                        "reference",
                        "Y-" + tag,
                        "recalled_on",
                        "2026-05-20",
                        "product",
                        "玩具",
                        "county_code",
                        "430104"));

        assertThat(created)
                .containsEntry("_status", 201)
                .containsEntry("source", "DOMESTIC")
                .containsEntry("linkStatus", "UNRESOLVED");
        assertThat((Map<String, Object>) created.get("classifiedAs"))
                .containsEntry("categoryCode", "CON-CHILD-TOY")
                .containsEntry("hazardCode", "INJURY");
        assertThat(again).containsEntry("_status", 409);
        assertThat(bad).containsEntry("_status", 422);
        assertThat((String) bad.get("_body")).contains("产品不能为空").contains("日期缺失");
        assertThat(elsewhere).containsEntry("_status", 403);
    }
}
