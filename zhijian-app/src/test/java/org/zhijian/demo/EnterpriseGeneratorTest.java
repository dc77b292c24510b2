package org.zhijian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.identifier.OrganizationCode;
import org.zhijian.algo.identifier.RegistrationNumber;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;

class EnterpriseGeneratorTest {

    private static final List<Region> PREFECTURES = List.of(
            new Region("430100", "长沙市", RegionLevel.PREFECTURE, "430000"),
            new Region("433100", "湘西土家族苗族自治州", RegionLevel.PREFECTURE, "430000"));
    private static final List<Region> COUNTIES = List.of(
            new Region("430102", "芙蓉区", RegionLevel.COUNTY, "430100"),
            new Region("430181", "浏阳市", RegionLevel.COUNTY, "430100"),
            new Region("433101", "吉首市", RegionLevel.COUNTY, "433100"));

    private static String generate(long count, long seed) throws Exception {
        StringWriter out = new StringWriter();
        new EnterpriseGenerator(COUNTIES, PREFECTURES).write(count, seed, out);
        return out.toString();
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void producesTheSameFileForTheSameSeed() throws Exception {
        assertThat(generate(500, 42)).isEqualTo(generate(500, 42)).isNotEqualTo(generate(500, 43));
    }

    @Test
    void producesValidUniqueCodesThatCarryTheCounty() throws Exception {
        List<CSVRecord> rows = records(generate(5_000, 7));
        Set<String> codes = new HashSet<>();

        for (CSVRecord row : rows) {
            String code = row.get("统一社会信用代码");
            assertThat(UnifiedSocialCreditCode.check(code).isValid()).as(code).isTrue();
            assertThat(code.substring(2, 8)).isEqualTo(row.get("所属县市区"));
            assertThat(codes.add(code)).as("unique " + code).isTrue();
            if (!row.get("注册号").isEmpty()) {
                assertThat(RegistrationNumber.check(row.get("注册号")).isValid()).isTrue();
                assertThat(OrganizationCode.check(row.get("组织机构代码")).isValid()).isTrue();
            }
        }
        assertThat(rows).hasSize(5_000);
    }

    @Test
    void keepsBodiesUniqueAcrossAMillionIndexes() {
        Set<String> modern = new HashSet<>();
        Set<String> legacy = new HashSet<>();
        for (long i = 0; i < 1_000_000; i++) {
            modern.add(EnterpriseGenerator.modernBody(i, 12345));
            legacy.add(EnterpriseGenerator.legacyBody(i, 12345));
        }
        assertThat(modern).hasSize(1_000_000);
        assertThat(legacy).hasSize(1_000_000);
    }
}
