package org.zhijian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house style's limit on method length, over the application's sources: no method body runs over
 * {@value #MOST} lines (signature to closing brace), apart from any listed in {@link #KNOWN}. Braces inside
 * strings and text blocks are not counted.
 */
class MethodLengthTest {

    static final int MOST = 40;

    /** Known exceptions, by file and method ({@code demo/X.java#name}); none today. */
    static final Set<String> KNOWN = Set.of();

    private static final Pattern METHOD =
            Pattern.compile("^(\\s+)(?:(?:public|private|protected|static|final|synchronized|abstract|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?[\\w<>\\[\\], ?.]+\\s+(\\w+)\\s*\\([^;]*$");

    @Test
    void noMethodIsLongerThanTheLimit() throws IOException {
        Path root = Path.of("src/main/java/org/zhijian");
        List<String> longer = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                longer.addAll(longMethods(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(longer).as("methods over %d lines", MOST).isEmpty();
    }

    private static List<String> longMethods(String file, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = METHOD.matcher(lines.get(i));
            String head = lines.get(i).strip();
            if (!m.matches() || head.startsWith("return") || head.startsWith("new ") || head.contains(" = ")) {
                continue;
            }
            int end = end(lines, i);
            if (end < 0) {
                continue;
            }
            int length = end - i + 1;
            if (length > MOST && !KNOWN.contains(file + "#" + m.group(2))) {
                found.add(file + "#" + m.group(2) + " (" + length + " lines)");
            }
            i = end;
        }
        return found;
    }

    /** The line of the method's closing brace, or -1 for a declaration without a body. */
    private static int end(List<String> lines, int start) {
        int depth = 0;
        boolean opened = false;
        boolean textBlock = false;
        for (int j = start; j < lines.size(); j++) {
            String code = lines.get(j);
            if (code.contains("\"\"\"")) {
                textBlock = !textBlock;
                continue;
            }
            if (textBlock) {
                continue;
            }
            code = code.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(\\\\.|[^'\\\\])'", "''");
            if (!opened && code.strip().endsWith(";")) {
                return -1;
            }
            for (char c : code.toCharArray()) {
                if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}') {
                    depth--;
                }
            }
            if (opened && depth <= 0) {
                return j;
            }
        }
        return -1;
    }
}
