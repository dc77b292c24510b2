package org.zhijian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhijian.IntegrationTest;
import org.zhijian.enterprise.EnterpriseFixtures;

/**
 * Workbooks written by other producers than Excel: inline strings instead of a shared-string table, cells and
 * rows without references, no styles part, a namespace prefix (as WPS Office and some exporters write them).
 */
@IntegrationTest
class UnusualWorkbooksIT {

    @Autowired
    ImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void readsInlineStringsAndCellsWithoutReferences() throws IOException {
        String code = EnterpriseFixtures.aCreditCode("431202");
        String sheet = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
                <x:row><x:c t="inlineStr"><x:is><x:t>统一社会信用代码</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>企业名称</x:t></x:is></x:c>
                <x:c t="inlineStr"><x:is><x:t>所属县市区</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>登记状态</x:t></x:is></x:c></x:row>
                <x:row><x:c t="inlineStr"><x:is><x:t>%s</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>怀化鹤城内联字符串有限公司</x:t></x:is></x:c>
                <x:c><x:v>431202</x:v></x:c><x:c t="inlineStr"><x:is><x:t>存续</x:t></x:is></x:c></x:row>
                </x:sheetData></x:worksheet>""".formatted(code);

        ImportJob job = imports.importNow("enterprises", workbook(sheet), "wps.xlsx", ImportOptions.strict(), j -> {});

        assertThat(job.status()).as(job.message()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select name from enterprise where uscc = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("怀化鹤城内联字符串有限公司");
    }

    @Test
    void readsAWorkbookSavedByLibreOffice() throws Exception {
        Path file = Path.of(
                getClass().getResource("/fixtures/libreoffice-enterprises.xlsx").toURI());

        ImportJob job = imports.importNow("enterprises", file, "libreoffice.xlsx", ImportOptions.strict(), j -> {});

        assertThat(job.status()).as(job.message()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select name || '/' || county_code || '/' || established_on from enterprise where uscc = ?")
                        .param("91430802MA7LBR010X")
                        .query(String.class)
                        .single())
                .isEqualTo("张家界永定区LibreOffice测试有限公司/430802/2019-03-05");
    }

    private Path workbook(String sheetXml) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>""");
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        Path file = dir.resolve("unusual.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().strip().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
