package org.zhijian.enterprise.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.matching.EnterpriseNames;
import org.zhijian.algo.matching.ParsedName;
import org.zhijian.enterprise.NameCandidate;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;

/**
 * Registered enterprises an English firm name in a foreign notice may be ({@code Hunan Liuyang Xinhua Fireworks Co.,
 * Ltd.} → 浏阳市新华烟花制造有限公司): the name's words are sorted into region names (pinyin of the regions' short
 * names), industry words ({@code masterdata/romanized-industries.csv}), legal and generic words (dropped) and the
 * trade name (the rest, joined). Registrants whose names hold one of the industry's Chinese words (through the
 * name-bigram index), within the named region, are candidates when the pinyin of their trade name (the core before
 * the industry word) equals the English trade name: score 0.95, or 0.9 without a named region. A name without a
 * trade name or an industry word gives no candidates: too vague to follow up.
 */
@Component
class RomanizedNames {

    private static final Set<String> GENERIC = Set.of(
            "co",
            "ltd",
            "limited",
            "company",
            "corp",
            "corporation",
            "inc",
            "factory",
            "industry",
            "industrial",
            "trading",
            "trade",
            "import",
            "export",
            "imp",
            "exp",
            "group",
            "products",
            "product",
            "manufacturing",
            "mfg",
            "manufacture",
            "manufacturer",
            "the",
            "and",
            "of",
            "china",
            "prc",
            "province",
            "city",
            "county",
            "llc",
            "plc",
            "development",
            "dev",
            "works");
    private static final int SCANNED = 20_000;

    private final JdbcClient jdbc;
    private final EnterpriseSearch search;
    private final RegionManagement regionManagement;
    private final Map<String, List<String>> industries = industries();
    private volatile Map<String, String> regions;
    private volatile EnterpriseNames names;

    RomanizedNames(JdbcClient jdbc, EnterpriseSearch search, RegionManagement regionManagement) {
        this.jdbc = jdbc;
        this.search = search;
        this.regionManagement = regionManagement;
    }

    List<NameCandidate> candidates(String englishName, int limit) {
        List<String> regionCodes = new ArrayList<>();
        Set<String> industryWords = new LinkedHashSet<>();
        StringBuilder trade = new StringBuilder();
        for (String word : (englishName == null ? "" : englishName)
                .toLowerCase(Locale.ROOT)
                .split("[^a-z]+")) {
            if (word.isEmpty() || GENERIC.contains(word)) {
                continue;
            }
            if (regions().containsKey(word)) {
                regionCodes.add(regions().get(word));
            } else if (industries.containsKey(word)) {
                industryWords.addAll(industries.get(word));
            } else {
                trade.append(word);
            }
        }
        if (trade.isEmpty() || industryWords.isEmpty()) {
            return List.of();
        }
        return search(trade.toString(), industryWords, regionCodes, limit);
    }

    private List<NameCandidate> search(String trade, Set<String> industryWords, List<String> regionCodes, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where =
                search.scopeCondition(params) + " and status = '存续' and (name_bigrams && cast(:grams as text[]))";
        params.put("grams", industryWords.stream().filter(w -> w.length() == 2).toArray(String[]::new));
        List<String> within =
                regionCodes.stream().filter(c -> !c.endsWith("0000")).toList();
        if (!within.isEmpty()) {
            params.put("within", within);
            where += " and (county_code in (:within) or prefecture_code in (:within))";
        }
        params.put("limit", SCANNED);
        double score = regionCodes.isEmpty() ? 0.9 : 0.95;
        List<NameCandidate> found = new ArrayList<>();
        jdbc.sql("select uscc, name, county_code from enterprise where " + where + " limit :limit")
                .params(params)
                .query(rs -> {
                    if (trade.equals(tradePinyin(rs.getString(2), industryWords))) {
                        found.add(new NameCandidate(rs.getString(1), rs.getString(2), rs.getString(3), score));
                    }
                });
        found.sort(Comparator.comparing(NameCandidate::uscc));
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** The pinyin, without spaces, of the core's part before its industry word: 新华烟花制造 → xinhua. */
    private String tradePinyin(String chineseName, Set<String> industryWords) {
        ParsedName parsed = names().parse(chineseName);
        String core = parsed.core();
        int at = industryWords.stream()
                .mapToInt(core::indexOf)
                .filter(i -> i > 0)
                .min()
                .orElse(-1);
        return at < 0 ? "" : NameCandidates.pinyin(core.substring(0, at)).replace(" ", "");
    }

    private Map<String, String> regions() {
        Map<String, String> r = regions;
        if (r == null) {
            r = new HashMap<>();
            Map<String, String> byName = new HashMap<>();
            for (Region region : regionManagement.find(null, null)) {
                byName.put(region.name(), region.code());
            }
            // a county's short name never overrides its prefecture's: 长沙 is 长沙市, not 长沙县
            List<Map.Entry<String, String>> ordered = new ArrayList<>(byName.entrySet());
            ordered.sort(Comparator.comparing(
                    e -> e.getValue().replaceAll("(00)+$", "").length()));
            for (Map.Entry<String, String> e : ordered) {
                String shortName = EnterpriseNames.shortForm(e.getKey());
                r.putIfAbsent(NameCandidates.pinyin(shortName).replace(" ", ""), e.getValue());
            }
            regions = r;
        }
        return r;
    }

    private EnterpriseNames names() {
        EnterpriseNames n = names;
        if (n == null) {
            Map<String, String> codes = new HashMap<>();
            regionManagement.find(null, null).forEach(region -> codes.put(region.name(), region.code()));
            n = new EnterpriseNames(codes);
            names = n;
        }
        return n;
    }

    private static Map<String, List<String>> industries() {
        Map<String, List<String>> map = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RomanizedNames.class.getResourceAsStream("/masterdata/romanized-industries.csv"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("english,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 2);
                map.put(
                        f[0].strip().toLowerCase(Locale.ROOT),
                        List.of(f[1].strip().split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
