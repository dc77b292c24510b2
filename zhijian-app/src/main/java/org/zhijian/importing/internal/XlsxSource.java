package org.zhijian.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an XLSX workbook (Excel, WPS Office, LibreOffice), read with POI's SAX event API
 * so that memory stays constant whatever the number of rows.
 */
final class XlsxSource implements SheetSource {

    private final Path file;
    private final AtomicLong rows = new AtomicLong();

    XlsxSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw FileSniffer.refuse("工作簿中没有工作表");
            }
            try (SpilledSharedStrings strings = new SpilledSharedStrings(pkg);
                    InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                DataFormatter formatter = new IsoDateFormatter();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(sink), formatter, false));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw FileSniffer.refuse("文件不是有效的 XLSX 表格（可能是其他 ZIP 文件改了扩展名）");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw FileSniffer.refuse("XLSX 文件已损坏，无法读取：" + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw FileSniffer.refuse("文件不是有效的 XLSX 表格：" + e.getMessage());
        }
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public String description() {
        return "XLSX";
    }

    long rowsRead() {
        return rows.get();
    }

    /** Formats date cells as ISO dates ({@code 2019-03-05}) whatever their display format; other cells as shown. */
    private static final class IsoDateFormatter extends DataFormatter {
        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                    && org.apache.poi.ss.usermodel.DateUtil.isValidExcelDate(value)) {
                return org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value)
                        .toLocalDate()
                        .toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int nextColumn;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.incrementAndGet();
            if (!headerSeen) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return;
                }
                headerSeen = true;
                sink.header(List.copyOf(cells));
            } else {
                sink.row(rowNum + 1L, List.copyOf(cells));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }
}
