package org.zhijian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;

@IntegrationTest
class ImportFailureModesIT {

    @Autowired
    ImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private long enterprises() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    private ImportJob run(Path file, ImportOptions options) {
        return imports.importNow("enterprises", file, file.getFileName().toString(), options, job -> {});
    }

    private static String row(String code, String name) {
        return code + "," + name + ",430102,存续,2019-03-05,小,14";
    }

    private List<String> report(ImportJob job) throws IOException {
        return Files.readAllLines(imports.report(job.id()).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void rejectsTheWholeFileWhenOneRowHasAnInvalidCode() throws IOException {
        long before = enterprises();
        Path file = ImportFiles.csv(
                dir,
                "bad-code.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(
                        ImportFiles.HEADER,
                        row(EnterpriseFixtures.aCreditCode("430102"), "甲公司"),
                        row("914403001922038217", "乙公司")));

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(job.exitCode()).isEqualTo(2);
        assertThat(job.rejected()).isEqualTo(1);
        assertThat(enterprises()).isEqualTo(before);
        assertThat(report(job))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("3,统一社会信用代码,914403001922038217,")
                        .contains("校验位错误"));
    }

    @Test
    void importsOnlyTheGoodRowsWhenAskedTo() throws IOException {
        long before = enterprises();
        Path file = ImportFiles.csv(
                dir,
                "mixed.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(
                        ImportFiles.HEADER,
                        row(EnterpriseFixtures.aCreditCode("430102"), "甲公司"),
                        row("9143", "乙公司"),
                        row(EnterpriseFixtures.aCreditCode("430104"), "丙公司")));

        ImportJob job = run(file, new ImportOptions(true, false));

        assertThat(job.status()).isEqualTo("SUCCEEDED");
        assertThat(job.inserted()).isEqualTo(2);
        assertThat(job.rejected()).isEqualTo(1);
        assertThat(job.exitCode()).isEqualTo(2);
        assertThat(enterprises()).isEqualTo(before + 2);
        assertThat(report(job))
                .anySatisfy(line -> assertThat(line).startsWith("3,").contains("长度应为 18 位"));
    }

    @Test
    void reportsAMissingRequiredColumnOnTheHeaderRow() throws IOException {
        Path file = ImportFiles.csv(
                dir,
                "no-name.csv",
                StandardCharsets.UTF_8,
                false,
                List.of("统一社会信用代码,所属县市区,登记状态", EnterpriseFixtures.aCreditCode("430102") + ",430102,存续"));

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.exitCode()).isEqualTo(1);
        assertThat(report(job))
                .anySatisfy(line -> assertThat(line).startsWith("1,企业名称,").contains("缺少必填列"));
    }

    @Test
    void reportsDuplicatesInsideTheFile() throws IOException {
        String code = EnterpriseFixtures.aCreditCode("430102");
        Path file = ImportFiles.csv(
                dir,
                "dup.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(ImportFiles.HEADER, row(code, "甲公司"), row(code, "甲公司")));

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(report(job))
                .anySatisfy(line ->
                        assertThat(line).startsWith("3,统一社会信用代码," + code).contains("与文件第 2 行重复"));
    }

    @Test
    void rejectsChangesToStoredRecordsUnlessUpdatingIsChosen() throws IOException {
        String code = EnterpriseFixtures.aCreditCode("430103");
        run(
                ImportFiles.csv(
                        dir,
                        "first.csv",
                        StandardCharsets.UTF_8,
                        false,
                        List.of(ImportFiles.HEADER, row(code, "旧名称有限公司"))),
                ImportOptions.strict());
        Path changed = ImportFiles.csv(
                dir, "changed.csv", StandardCharsets.UTF_8, false, List.of(ImportFiles.HEADER, row(code, "新名称有限公司")));

        ImportJob refused = run(changed, ImportOptions.strict());
        ImportJob updated = run(changed, new ImportOptions(false, true));

        assertThat(refused.status()).isEqualTo("REJECTED");
        assertThat(report(refused)).anySatisfy(line -> assertThat(line).contains("已存在且内容不同"));
        assertThat(updated.updated()).isEqualTo(1);
        assertThat(jdbc.sql("select name from enterprise where uscc = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("新名称有限公司");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws IOException {
        Path file = ImportFiles.csv(
                dir,
                "twice.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(
                        ImportFiles.HEADER,
                        row(EnterpriseFixtures.aCreditCode("430111"), "甲公司"),
                        row(EnterpriseFixtures.aCreditCode("430111"), "乙公司")));
        ImportJob first = run(file, ImportOptions.strict());
        long after = enterprises();
        String stamp = jdbc.sql("select max(updated_at)::text from enterprise")
                .query(String.class)
                .single();

        ImportJob second = run(file, ImportOptions.strict());

        assertThat(first.inserted()).isEqualTo(2);
        assertThat(second.status()).isEqualTo("SUCCEEDED");
        assertThat(second.inserted() + second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(enterprises()).isEqualTo(after);
        assertThat(jdbc.sql("select max(updated_at)::text from enterprise")
                        .query(String.class)
                        .single())
                .isEqualTo(stamp);
    }

    @Test
    void reportsValuesOfTheWrongTypeWithRowAndColumn() throws IOException {
        Path file = ImportFiles.csv(
                dir,
                "types.csv",
                StandardCharsets.UTF_8,
                false,
                List.of(
                        ImportFiles.HEADER,
                        EnterpriseFixtures.aCreditCode("430102") + ",甲公司,430102,存续,2019-13-45,巨,14"));

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.status()).isEqualTo("REJECTED");
        assertThat(report(job))
                .anySatisfy(line -> assertThat(line).startsWith("2,成立日期,2019-13-45,"))
                .anySatisfy(line -> assertThat(line).startsWith("2,企业规模,巨,"));
    }

    @Test
    void refusesAFileWithOnlyAHeader() throws IOException {
        ImportJob job = run(
                ImportFiles.csv(dir, "header.csv", StandardCharsets.UTF_8, false, List.of(ImportFiles.HEADER)),
                ImportOptions.strict());

        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.message()).contains("没有数据行");
    }

    @Test
    void refusesAZeroByteFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.csv"));

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.message()).contains("文件为空");
    }

    @Test
    void refusesANonSpreadsheetRenamedXlsx() throws IOException {
        Path png =
                Files.write(dir.resolve("photo.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path zip = dir.resolve("archive.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        ImportJob fromPng = run(png, ImportOptions.strict());
        ImportJob fromZip = run(zip, ImportOptions.strict());

        assertThat(fromPng.status()).isEqualTo("FAILED");
        assertThat(fromPng.message()).contains("不是 Excel 表格");
        assertThat(fromZip.status()).isEqualTo("FAILED");
        assertThat(fromZip.message()).contains("不是有效的 XLSX");
    }

    @Test
    void refusesTextInAnUnknownEncoding() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, new byte[] {'a', ',', 'b', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, ',', 'x', '\n'});

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.message()).contains("无法识别文件编码");
    }

    @Test
    void refusesOldBinaryExcelFilesWithAdvice() throws IOException {
        Path file = Files.write(
                dir.resolve("old.xls"),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

        ImportJob job = run(file, ImportOptions.strict());

        assertThat(job.message()).contains("另存为 .xlsx");
    }
}
