package org.zhijian.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhijian.platform.InvalidFileException;

class FileSnifferTest {

    @TempDir
    Path dir;

    @Test
    void detectsUtf8WithAndWithoutBomAndGb18030() throws IOException {
        Path utf8 = Files.writeString(dir.resolve("a.csv"), "名称\n湘潭\n", StandardCharsets.UTF_8);
        Path bom = Files.write(dir.resolve("b.csv"), ("\uFEFF名称\n湘潭\n").getBytes(StandardCharsets.UTF_8));
        Path gb = Files.write(dir.resolve("c.csv"), "名称\n湘潭\n".getBytes(Charset.forName("GB18030")));

        assertThat(FileSniffer.open(utf8, "a.csv").description()).isEqualTo("CSV（UTF-8）");
        assertThat(FileSniffer.open(bom, "b.csv").description()).isEqualTo("CSV（UTF-8 BOM）");
        assertThat(FileSniffer.open(gb, "c.csv").description()).isEqualTo("CSV（GB18030）");
    }

    @Test
    void refusesUtf16AndBinaryContent() throws IOException {
        Path utf16 = Files.write(dir.resolve("u.csv"), "名称\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(utf16, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x0D, 0x54});
        Path binary = Files.write(dir.resolve("bin.csv"), new byte[] {1, 0, 2, 0, 3});

        assertThatThrownBy(() -> FileSniffer.open(utf16, "u.csv"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> FileSniffer.open(binary, "bin.csv"))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("无法识别文件编码");
    }

    @Test
    void normalisesHeadersForMatching() {
        assertThat(HeaderMap.normalize(" 统一社会信用代码* ")).isEqualTo("统一社会信用代码");
        assertThat(HeaderMap.normalize("ＵＳＣＣ")).isEqualTo("uscc");
    }
}
