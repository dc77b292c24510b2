package org.zhijian.algo.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameMatchTest {

    private static final EnterpriseNames NAMES = new EnterpriseNames(regions(), NameMatchTest::pinyin);

    /** Toneless pinyin by HanLP (test scope only: the module itself has no dependencies); other characters kept. */
    static String pinyin(String text) {
        List<com.hankcs.hanlp.dictionary.py.Pinyin> readings = com.hankcs.hanlp.HanLP.convertToPinyinList(text);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            com.hankcs.hanlp.dictionary.py.Pinyin p = i < readings.size() ? readings.get(i) : null;
            s.append(
                            p == null || p == com.hankcs.hanlp.dictionary.py.Pinyin.none5
                                    ? String.valueOf(text.charAt(i))
                                    : p.getPinyinWithoutTone())
                    .append(' ');
        }
        return s.toString();
    }

    private static Map<String, String> regions() {
        Map<String, String> codes = new HashMap<>();
        for (String[] r : csv("regions-hunan.csv")) {
            codes.put(r[1], r[0]);
        }
        return codes;
    }

    /** Lines of a resource after the header; fields contain no commas or quotes. */
    private static List<String[]> csv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NameMatchTest.class.getResourceAsStream("/matching/" + resource), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static double score(String written, String registered) {
        return NameMatch.score(NAMES.parse(written), NAMES.parse(registered));
    }

    @Test
    void takesANameApartAlongItsLegalStructure() {
        ParsedName name = NAMES.parse("湖南 安化县远宇家具（集团）有限责任公司岳麓分公司");

        assertThat(name.regionCodes()).containsExactly("430000", "430923");
        assertThat(name.core()).isEqualTo("远宇家具集团");
        assertThat(name.form()).isEqualTo("有限");
        assertThat(name.branch()).isEqualTo("岳麓分公司");
        assertThat(NAMES.parse("鑫华食品（长沙）有限公司").regionCodes()).containsExactly("430100");
        assertThat(NAMES.parse("ＡＢＣ科技股份公司").core()).isEqualTo("abc科技");
    }

    @Test
    void scoresTheVariantsOfOneNameHighAndNeighboursLow() {
        assertThat(score("湘海家具有限公司", "常德市湘海家具有限公司")).isEqualTo(1.0);
        assertThat(score("岳正酒业（湖南）有限责任公司", "湖南岳正酒业有限公司")).isEqualTo(1.0);
        assertThat(score("常德宇天米业有限公司", "邵阳宇天米业有限公司")).isEqualTo(0.5);
        assertThat(score("津市市丰万茶业有限公司", "津市市丰万茶业有限公司津市市分公司")).isEqualTo(0.5);
        assertThat(score("湖南宏澧乳业有限公司", "湖南宏湘乳业有限公司")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score("湖南鑫华食品股份有限公司", "湖南鑫华食品有限公司")).isEqualTo(0.9);
        assertThat(score("长沙湘江茶叶有限公司", "长沙湘江茶业有限公司")).as("homophone").isEqualTo(0.95);
        assertThat(score("湖南鑫华有限公司", "湖南鑫华食品有限公司")).as("industry left out").isEqualTo(0.85);
    }

    @Property(tries = 200)
    void aNameMatchesItselfWhateverItIs(@ForAll @StringLength(min = 1, max = 30) String name) {
        ParsedName parsed = NAMES.parse(name);
        assertThat(NameMatch.score(parsed, parsed)).isIn(0.0, 1.0);
        if (!parsed.core().isEmpty()) {
            assertThat(NameMatch.score(parsed, parsed)).isEqualTo(1.0);
        }
    }

    /**
     * The target on the committed labelled pairs ({@code matching/name-pairs.csv}, 700 pairs made by
     * {@code make_pairs.py}): precision ≥ 0.95 at recall ≥ 0.85 at the {@link NameMatch#MATCH} threshold.
     */
    @Test
    void meetsThePrecisionAndRecallTargetOnTheLabelledPairs() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, int[]> byVariation = new TreeMap<>();
        List<String[]> pairs = csv("name-pairs.csv");
        for (String[] p : pairs) {
            boolean same = p[2].equals("1");
            boolean matched = score(p[0], p[1]) >= NameMatch.MATCH;
            tp += same && matched ? 1 : 0;
            fp += !same && matched ? 1 : 0;
            fn += same && !matched ? 1 : 0;
            int[] counts = byVariation.computeIfAbsent(p[3], k -> new int[2]);
            counts[0]++;
            counts[1] += same == matched ? 1 : 0;
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(
                "name matching: %d pairs, precision %.3f, recall %.3f, correct by variation %s%n",
                pairs.size(), precision, recall, summary(byVariation));

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(500);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.85);
    }

    private static String summary(Map<String, int[]> byVariation) {
        StringBuilder s = new StringBuilder();
        byVariation.forEach((k, v) ->
                s.append(k).append(' ').append(v[1]).append('/').append(v[0]).append("; "));
        return s.toString();
    }
}
