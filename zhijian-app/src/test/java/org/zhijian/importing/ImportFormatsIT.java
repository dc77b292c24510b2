package org.zhijian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;

@IntegrationTest
class ImportFormatsIT {

    @Autowired
    ImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private ImportJob run(Path file) {
        return imports.importNow("enterprises", file, file.getFileName().toString(), ImportOptions.strict(), job -> {});
    }

    private String nameOf(String code) {
        return jdbc.sql("select name from enterprise where uscc = ?")
                .param(code)
                .query(String.class)
                .single();
    }

    @Test
    void readsUtf8Utf8WithBomAndGb18030Alike() throws IOException {
        for (var encoding : List.of(
                new Object[] {StandardCharsets.UTF_8, false},
                new Object[] {StandardCharsets.UTF_8, true},
                new Object[] {Charset.forName("GB18030"), false})) {
            String code = EnterpriseFixtures.aCreditCode("430104");
            Path file = ImportFiles.csv(
                    dir,
                    "f" + code + ".csv",
                    (Charset) encoding[0],
                    (Boolean) encoding[1],
                    List.of(ImportFiles.HEADER, code + ",岳麓区湘江食品有限公司,长沙市岳麓区,存续,2019/3/5,小,14"));

            ImportJob job = run(file);

            assertThat(job.status()).as(encoding[0] + " bom=" + encoding[1]).isEqualTo("SUCCEEDED");
            assertThat(nameOf(code)).isEqualTo("岳麓区湘江食品有限公司");
        }
    }

    @Test
    void readsXlsxWorkbooks() throws IOException {
        String code = EnterpriseFixtures.aCreditCode("430181");
        Path file = ImportFiles.xlsx(
                dir,
                "book.xlsx",
                List.of(
                        List.of("统一社会信用代码*", "企业名称*", "所属县市区*", "登记状态*", "产品类别代码"),
                        List.of(code, "浏阳市烟花制造有限公司", "430181 长沙市浏阳市", "存续", "CON-FW；EXP-FW")));

        ImportJob job = run(file);

        assertThat(job.status()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select category_codes::text from enterprise where uscc = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("{CON-FW,EXP-FW}");
    }

    @Test
    void readsEveryDistinctStringOfALargerWorkbook() throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("统一社会信用代码", "企业名称", "所属县市区", "登记状态"));
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String code = EnterpriseFixtures.aCreditCode("430211");
            codes.add(code);
            rows.add(List.of(code, "株洲天元第" + i + "号有限公司", "天元区", i % 2 == 0 ? "存续" : "注销"));
        }

        ImportJob job = run(ImportFiles.xlsx(dir, "large.xlsx", rows));

        assertThat(job.status()).as(job.message()).isEqualTo("SUCCEEDED");
        assertThat(job.inserted()).isEqualTo(3_000);
        assertThat(nameOf(codes.get(2_500))).isEqualTo("株洲天元第2500号有限公司");
    }

    @Test
    void acceptsItsOwnTemplateWithTheExampleRowReplaced() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.writeTemplate("enterprises", template);
        String code = EnterpriseFixtures.aCreditCode("430602");
        Path file = dir.resolve("template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.isSheetHidden(1)).isTrue();
            assertThat(sheet.getDataValidations()).isNotEmpty();
            sheet.getRow(1).getCell(0).setCellValue(code);
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        ImportJob job = run(file);

        assertThat(job.status()).as(job.message()).isEqualTo("SUCCEEDED");
        assertThat(nameOf(code)).isEqualTo("长沙市芙蓉区示例食品有限公司");
    }
}
