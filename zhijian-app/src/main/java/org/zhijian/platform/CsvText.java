package org.zhijian.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of a small CSV held in memory (a series, a labelled file): UTF-8 with its BOM dropped, or GB18030 when the
 * bytes are not UTF-8. Imports of record files stream instead (the importing module).
 */
public final class CsvText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvText() {}

    public static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }
}
