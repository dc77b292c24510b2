package org.zhijian.enterprise.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.matching.EnterpriseNames;
import org.zhijian.algo.matching.NameMatch;
import org.zhijian.algo.matching.ParsedName;
import org.zhijian.enterprise.NameCandidate;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * Registered enterprises a written name may mean (complaints, recalls, cases name enterprises as people write them):
 * the registry is searched through the name-bigram index for the name's trade name (字号, its first two characters
 * after the region), limited to the regions the name states, and each hit is scored with {@link NameMatch}; names
 * are read aloud with HanLP's pinyin to recognise homophone writings.
 */
@Component
class NameCandidates {

    private static final int SEARCHED = 500;

    private final JdbcClient jdbc;
    private final EnterpriseSearch search;
    private final RegionManagement regions;
    private volatile EnterpriseNames names;

    NameCandidates(JdbcClient jdbc, EnterpriseSearch search, RegionManagement regions) {
        this.jdbc = jdbc;
        this.search = search;
        this.regions = regions;
    }

    List<NameCandidate> candidates(String writtenName, int limit) {
        ParsedName written = names().parse(writtenName == null ? "" : writtenName);
        if (written.core().codePointCount(0, written.core().length()) < 2) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = search.scopeCondition(params) + " and name_bigrams @> cast(:gram as text[])";
        params.put(
                "gram",
                new String[] {new String(written.core().codePoints().limit(2).toArray(), 0, 2)});
        List<String> within =
                written.regionCodes().stream().filter(c -> !c.endsWith("0000")).toList();
        if (!within.isEmpty()) {
            params.put("within", within);
            where += " and (county_code in (:within) or prefecture_code in (:within))";
        }
        params.put("limit", SEARCHED);
        List<NameCandidate> scored = new ArrayList<>();
        jdbc.sql("select uscc, name, county_code from enterprise where " + where + " limit :limit")
                .params(params)
                .query(rs -> {
                    double score = NameMatch.score(written, names().parse(rs.getString(2)));
                    if (score >= 0.5) {
                        scored.add(new NameCandidate(rs.getString(1), rs.getString(2), rs.getString(3), score));
                    }
                });
        scored.sort(Comparator.comparingDouble(NameCandidate::score).reversed().thenComparing(NameCandidate::uscc));
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private EnterpriseNames names() {
        EnterpriseNames n = names;
        if (n == null) {
            Map<String, String> codes = new HashMap<>();
            for (RegionLevel level : RegionLevel.values()) {
                for (Region r : regions.find(level, null)) {
                    codes.put(r.name(), r.code());
                }
            }
            n = new EnterpriseNames(codes, NameCandidates::pinyin);
            names = n;
        }
        return n;
    }

    /** Toneless pinyin, syllables separated by spaces; characters without a reading are kept. */
    static String pinyin(String text) {
        List<Pinyin> readings = HanLP.convertToPinyinList(text);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            Pinyin p = i < readings.size() ? readings.get(i) : null;
            s.append(p == null || p == Pinyin.none5 ? String.valueOf(text.charAt(i)) : p.getPinyinWithoutTone())
                    .append(' ');
        }
        return s.toString();
    }
}
