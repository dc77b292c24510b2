package org.zhijian.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeSetTest {

    @Test
    void findsExactlyTheCodesWithinALongerString() {
        CodeSet set = new CodeSet(List.of("FOOD", "FOOD-GRAIN", "CON-EE", "CON-EE", "A"));
        byte[] text = "x FOOD FOOD-GRAI CON-EE-KITCHEN A FOOD-GRAIN".getBytes(StandardCharsets.UTF_8);
        assertThat(set.contains(text, 2, 6)).isTrue();
        assertThat(set.contains(text, 7, 16)).isFalse();
        assertThat(set.contains(text, 17, 23)).isTrue();
        assertThat(set.contains(text, 17, 31)).isFalse();
        assertThat(set.contains(text, 32, 33)).isTrue();
        assertThat(set.contains(text, 34, 44)).isTrue();
        assertThat(set.contains(text, 0, 0)).isFalse();
    }

    @Test
    void findsCreditCodesThatShareLongPrefixesAndChineseCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 50_000; i += 2) {
            codes.add(String.format("91430102MA4L%06d", i));
        }
        codes.add("湘-甲");
        CodeSet set = new CodeSet(codes);
        for (int i = 0; i < 50_000; i++) {
            byte[] code = String.format("91430102MA4L%06d", i).getBytes(StandardCharsets.UTF_8);
            assertThat(set.contains(code, 0, code.length)).isEqualTo(i % 2 == 0);
        }
        byte[] chinese = " 湘-甲 湘-乙".getBytes(StandardCharsets.UTF_8);
        assertThat(set.contains(chinese, 1, 8)).isTrue();
        assertThat(set.contains(chinese, 9, 16)).isFalse();
    }

    @Test
    void agreesWithAHashSetOnRandomCodes() {
        Random random = new Random(7);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            codes.add("C" + Integer.toString(random.nextInt(2_000), 36).toUpperCase());
        }
        Set<String> expected = new HashSet<>(codes.subList(0, 150));
        CodeSet set = new CodeSet(codes.subList(0, 150));
        for (String c : codes) {
            byte[] padded = ("##" + c + "##").getBytes(StandardCharsets.UTF_8);
            assertThat(set.contains(padded, 2, 2 + c.length())).as(c).isEqualTo(expected.contains(c));
        }
    }
}
