package org.zhijian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhijian.enterprise.EnterpriseSummary;

class HubGeneratorTest {

    @TempDir
    Path dir;

    private final HubGenerator hub = new HubGenerator(
            List.of(
                    new EnterpriseSummary(
                            "91430102MA4L0000X1", "长沙鑫华食品有限公司", "430102", "芙蓉区", "长沙市", "14", "食品制造业", "小", "存续"),
                    new EnterpriseSummary(
                            "91430104MA4L0000X2", "湖南湘童玩具有限公司", "430104", "岳麓区", "长沙市", "24", "文教体育用品", "中", "存续")),
            7,
            LocalDate.of(2026, 11, 29));

    @Test
    void writesEveryKindAsItsTemplateWithOneRowPerRecordAndTheSameColumnsInEachRow() throws Exception {
        hub.complaints(50, dir.resolve("c.csv"));
        hub.injuries(20, dir.resolve("i.csv"));
        hub.cases(10, dir.resolve("k.csv"));
        hub.listings(10, dir.resolve("l.csv"));
        hub.accidents(12, dir.resolve("a.csv"));

        for (var file : List.of(
                List.of("c.csv", 51),
                List.of("i.csv", 21),
                List.of("k.csv", 11),
                List.of("l.csv", 11),
                List.of("a.csv", 13))) {
            List<String> lines = Files.readAllLines(dir.resolve((String) file.get(0)), StandardCharsets.UTF_8);
            assertThat(lines).hasSize((Integer) file.get(1));
            int columns = lines.get(0).split(",", -1).length;
            assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(columns));
        }
        assertThat(Files.readString(dir.resolve("c.csv")))
                .contains("DEMO-TS-50")
                .contains("430102");
        assertThat(Files.readString(dir.resolve("i.csv")))
                .doesNotContain(",2026-11-29,")
                .contains("医院监测");
    }
}
