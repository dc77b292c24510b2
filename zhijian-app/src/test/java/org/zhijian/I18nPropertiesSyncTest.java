package org.zhijian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a template uses exists in Chinese, and the English fallback has no key Chinese lacks. */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Crumb\\.(?:to|hereAs|below|belowAs)|text\\.of|text\\.columns\\([A-Za-z]+\\.class,)\\(?\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The keys {@code key} finds in the files below {@code dir} ending in {@code suffix} that Chinese lacks. */
    private static Set<String> missingKeys(Path dir, String suffix, Pattern key) throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!chinese.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void everyTemplateKeyHasAChineseText() throws IOException {
        assertThat(missingKeys(RESOURCES.resolve("templates"), ".html", KEY)).isEmpty();
    }

    @Test
    void everyKeyTheControllersNameHasAChineseText() throws IOException {
        assertThat(missingKeys(Path.of("src/main/java"), ".java", JAVA_KEY)).isEmpty();
    }

    @Test
    void noBreadcrumbSpellsItsTextInJava() throws IOException {
        Pattern literal = Pattern.compile("Crumb\\.(of|here)\\(\"[^\"]*\\p{IsHan}");
        Set<String> spelled = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path j : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (literal.matcher(Files.readString(j)).find()) {
                    spelled.add(j.getFileName().toString());
                }
            }
        }
        assertThat(spelled)
                .as("use Crumb.to / hereAs / below with a message key")
                .isEmpty();
    }

    @Test
    void theFallbackHasNoKeyThatChineseLacks() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        Set<Object> extra = new TreeSet<>(load("messages.properties").keySet());
        extra.removeAll(chinese.keySet());
        assertThat(extra).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("messages_zh_CN.properties"), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (!line.isBlank()
                    && !line.startsWith("#")
                    && eq > 0
                    && !seen.add(line.substring(0, eq).strip())) {
                twice.add(line.substring(0, eq).strip());
            }
        }
        assertThat(twice)
                .as("keys defined more than once (the later silently wins)")
                .isEmpty();
    }
}
