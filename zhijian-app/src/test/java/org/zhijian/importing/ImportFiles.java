package org.zhijian.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test fixtures: import files in the encodings and formats officers actually have. */
public final class ImportFiles {

    public static final String HEADER = "统一社会信用代码,企业名称,所属县市区,登记状态,成立日期,企业规模,行业大类代码";

    private ImportFiles() {}

    public static Path csv(Path dir, String name, Charset charset, boolean bom, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(String.join("\r\n", lines).concat("\r\n").getBytes(charset));
        }
        return file;
    }

    public static Path xlsx(Path dir, String name, List<List<String>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("企业名录");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
