package org.zhijian.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.credit.CreditClass;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.platform.BusinessRuleViolation;

class SchemeFilesTest {

    private static final String SHEET = String.join(
            "\n",
            String.join(",", SchemeSheets.HEADER),
            "方案,gd-2027.1,某省方案,,,,5,,,,,,",
            "指标,F,抽查不合格,监管信息,SAMPLE_FAILED,24,10,30,,否,,,",
            "指标,L,列入经营异常名录,监管信息,ABNORMAL_LISTED,0,20,20,,是,,,",
            "分级,,,,,,,,,,A,,15",
            "分级,,,,,,,,,,B,15,35",
            "分级,,,,,,,,,,C,35,60",
            "分级,,,,,,,,,,D,60,",
            "规则,S,列入严重违法失信名单的直接列为 D 类,,SERIOUS_LISTED、ABNORMAL_TOO_LONG,0,,,,是,D,,");

    private static byte[] hunan() throws Exception {
        return SchemeFilesTest.class.getResourceAsStream(SchemeStore.DEFAULT).readAllBytes();
    }

    @Test
    void theHunanDefaultReadsAndWritesBackToTheSameScheme() throws Exception {
        CreditScheme hunan = SchemeStore.parse("credit-scheme-hunan.json", hunan());

        assertThat(hunan.version()).isEqualTo("hunan-2026.1");
        assertThat(hunan.indicators()).hasSize(13);
        assertThat(hunan.classOf(14.99)).isEqualTo(CreditClass.A);
        assertThat(hunan.classOf(60)).isEqualTo(CreditClass.D);
        assertThat(SchemeJson.read(SchemeJson.write(hunan).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(hunan);
    }

    @Test
    void aSheetInGb18030GivesTheSameKindOfScheme() {
        CreditScheme s = SchemeStore.parse("scheme.csv", SHEET.getBytes(Charset.forName("GB18030")));

        assertThat(s.version()).isEqualTo("gd-2027.1");
        assertThat(s.base()).isEqualTo(5);
        assertThat(s.indicators())
                .extracting(i -> i.code() + ":" + i.standing())
                .containsExactly("F:false", "L:true");
        assertThat(s.rules().get(0).kinds()).containsExactly("SERIOUS_LISTED", "ABNORMAL_TOO_LONG");
        assertThat(s.rules().get(0).atLeast()).isEqualTo(CreditClass.D);
    }

    @Test
    void anXlsxSheetReadsLikeTheCsv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("方案");
            List<String> lines = List.of(SHEET.split("\n"));
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
        }

        assertThat(SchemeStore.parse("方案.xlsx", out.toByteArray()))
                .isEqualTo(SchemeStore.parse("scheme.csv", SHEET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyProblemOfASheetNamesItsRowAndColumn() {
        String bad = SHEET.replace("指标,F,抽查不合格,监管信息,SAMPLE_FAILED,24,10", "指标,F,抽查不合格,监管信息,SAMPLE_FAILED,两年,十")
                .replace("分级,,,,,,,,,,C,35,60", "分级,,,,,,,,,,E,35,60");

        assertThatThrownBy(() -> SchemeStore.parse("scheme.csv", bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.arguments()[0].toString())
                                .contains("第 3 行「时间窗（月）」：须为整数月数（“两年”）")
                                .contains("第 3 行「分值」：须为数字（“十”）")
                                .contains("第 7 行「类别」：须为 A、B、C 或 D（“E”）")
                                .contains("分级阈值：须为 A、B、C、D 四类各给出一个分数区间"));
    }

    @Test
    void malformedJsonIsRefusedWithTheLineAndColumn() {
        assertThatThrownBy(() -> SchemeStore.parse("s.json", "{\n  \"version\": \"x\",\n  oops\n}".getBytes()))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CreditErrors.BAD_SCHEME);
                    assertThat(e.arguments()[0].toString())
                            .startsWith("不是有效的 JSON")
                            .contains("第 3 行");
                });
    }
}
