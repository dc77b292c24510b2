package org.zhijian.importing.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhijian.platform.InvalidFileException;

/**
 * Decides what a file is from its content, not its name: XLSX (a ZIP package), CSV in UTF-8 (with or without
 * BOM) or GB18030, or something we refuse with a clear reason.
 */
final class FileSniffer {

    static final Charset GB18030 = Charset.forName("GB18030");

    private FileSniffer() {}

    static SheetSource open(Path file, String fileName) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw refuse("文件为空（0 字节）");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new XlsxSource(file);
        }
        if (n >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw refuse("这是旧版 Excel（.xls）或 WPS（.et）格式，请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入");
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            throw refuse("文件扩展名为 .xlsx，但内容不是 Excel 表格（可能是其他文件改了扩展名）");
        }
        if (n >= 2
                && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw refuse("不支持 UTF-16 编码的文本，请另存为 UTF-8 或 GB18030 编码的 CSV");
        }
        boolean bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = bom ? StandardCharsets.UTF_8 : detectCharset(file);
        return new CsvSource(file, charset, bom, size);
    }

    private static Charset detectCharset(Path file) throws IOException {
        if (decodes(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(file, GB18030)) {
            return GB18030;
        }
        throw refuse("无法识别文件编码，或文件不是文本表格：请保存为 UTF-8 或 GB18030（GBK）编码的 CSV，或 .xlsx");
    }

    /** Strictly decodes the whole file; false at the first malformed sequence or a NUL character. */
    private static boolean decodes(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            boolean eof = false;
            while (!eof) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                eof = read < 0;
                if (read > 0) {
                    in.position(in.position() + read);
                }
                in.flip();
                var result = decoder.decode(in, out, eof);
                if (result.isError() || containsNul(out)) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            return !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean containsNul(CharBuffer decoded) {
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == 0) {
                return true;
            }
        }
        return false;
    }

    static InvalidFileException refuse(String reason) {
        return new InvalidFileException(reason, List.of());
    }
}
