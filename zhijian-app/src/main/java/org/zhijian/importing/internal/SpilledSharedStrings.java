package org.zhijian.importing.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-string table kept in a temporary file instead of the heap: 8 bytes of memory per
 * string (its offset), so that a million-row workbook with a million distinct names reads in constant heap.
 * Phonetic runs ({@code rPh}) are skipped, rich-text runs concatenated.
 */
final class SpilledSharedStrings implements SharedStrings, Closeable {

    private final Path file;
    private final RandomAccessFile reader;
    private long[] offsets = new long[1024];
    private int count;

    SpilledSharedStrings(OPCPackage pkg) throws IOException {
        this.file = Files.createTempFile("zhijian-strings", ".bin");
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            if (!parts.isEmpty()) {
                try (InputStream in = parts.get(0).getInputStream()) {
                    var parser = SAXHelper.newXMLReader();
                    parser.setContentHandler(new Collector(out));
                    parser.parse(new InputSource(in));
                }
            }
        } catch (SAXException | ParserConfigurationException e) {
            Files.deleteIfExists(file);
            throw FileSniffer.refuse("XLSX 文件的共享字符串表已损坏：" + e.getMessage());
        }
        this.reader = new RandomAccessFile(file.toFile(), "r");
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= count) {
            throw new IllegalArgumentException("shared string index out of range: " + idx);
        }
        try {
            reader.seek(offsets[idx]);
            byte[] bytes = new byte[reader.readInt()];
            reader.readFully(bytes);
            return new XSSFRichTextString(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        Files.deleteIfExists(file);
    }

    private void record(long offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
    }

    /** Collects the text of each {@code si} element and appends it to the file. */
    private final class Collector extends DefaultHandler {
        private final DataOutputStream out;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        private long position;

        Collector(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = !inPhonetic;
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> write();
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        private void write() throws SAXException {
            try {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                record(position);
                out.writeInt(bytes.length);
                out.write(bytes);
                position += 4L + bytes.length;
            } catch (IOException e) {
                throw new SAXException(e);
            }
        }
    }
}
