package org.zhijian.enterprise.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.PoolSink;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** Reads the object pool of a double-random draw: operating enterprises of some categories in some regions. */
@Component
class PoolReader {

    private final JdbcClient jdbc;
    private final EnterpriseSearch search;
    private final ClassificationManagement classification;
    private final RegionManagement regions;

    PoolReader(
            JdbcClient jdbc,
            EnterpriseSearch search,
            ClassificationManagement classification,
            RegionManagement regions) {
        this.jdbc = jdbc;
        this.search = search;
        this.classification = classification;
        this.regions = regions;
    }

    /**
     * Passes every operating enterprise of the categories (with their sub-categories) in the regions to the sink,
     * except the excluded ones, county by county.
     *
     * <p>One row per county carrying its members as "uscc cat cat,uscc cat,...": a million rows cost seconds to
     * decode one by one through JDBC, a few hundred long strings a fraction of that. The text is read as the bytes
     * that arrive (UTF-8) and the category test runs here on a hash set, as PostgreSQL's array overlap compares
     * every pair of elements (seconds for a provincial plan's seventy-odd categories over a million rows);
     * category_text (V14) spares the database turning a million arrays into text. The regions become county codes,
     * so that the county index, which holds every column read here (V37), is read for just those counties without
     * touching the table; the aggregate is hashed in memory, not sorted or spilled.
     */
    @Transactional(readOnly = true)
    public void read(
            Collection<String> categoryCodes,
            Collection<String> regionCodes,
            Supplier<? extends Collection<String>> excluded,
            PoolSink sink) {
        if (categoryCodes.isEmpty() || regionCodes.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String scope = search.scopeCondition(params);
        Set<String> categories = new HashSet<>();
        categoryCodes.forEach(c -> categories.addAll(classification.subtree(c)));
        CodeSet codes = new CodeSet(categories);
        CodeSet[] left = {null}; // asked for when the first row arrives, after the scan
        params.put("counties", counties(regionCodes));
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("select county_code, prefecture_code, string_agg(uscc || ' ' || category_text, ',')"
                        + " from enterprise where " + scope + " and status = '存续' and county_code in (:counties)"
                        + " group by county_code, prefecture_code")
                .params(params)
                .query(rs -> {
                    if (left[0] == null) {
                        left[0] = new CodeSet(excluded.get());
                    }
                    String county = rs.getString(1);
                    String prefecture = rs.getString(2);
                    forEachMember(
                            rs.getBytes(3),
                            codes,
                            left[0],
                            (utf8, from, to) -> sink.accept(utf8, from, to, county, prefecture));
                });
    }

    /** The given regions as county codes: a prefecture's counties, a county itself (and any other code as given). */
    private List<String> counties(Collection<String> regionCodes) {
        Set<String> counties = new TreeSet<>();
        for (String code : regionCodes) {
            counties.add(code);
            regions.findByCode(code)
                    .filter(r -> r.level() == RegionLevel.PREFECTURE)
                    .ifPresent(p -> regions.find(RegionLevel.COUNTY, p.code()).forEach(c -> counties.add(c.code())));
        }
        return List.copyOf(counties);
    }

    /** A member's code as bytes of the aggregated text. */
    private interface Member {
        void accept(byte[] utf8, int from, int to);
    }

    /**
     * Calls {@code action} with each code in {@code "uscc cat cat,uscc cat"} (UTF-8: the separators never occur
     * inside a multi-byte character) that has one of the categories and is not excluded.
     */
    private static void forEachMember(byte[] members, CodeSet categories, CodeSet excluded, Member action) {
        int at = 0;
        while (at < members.length) {
            int space = at;
            while (space < members.length && members[space] != ' ' && members[space] != ',') {
                space++;
            }
            int end = space;
            while (end < members.length && members[end] != ',') {
                end++;
            }
            if (space < end
                    && space > at
                    && !excluded.contains(members, at, space)
                    && inCategories(members, space + 1, end, categories)) {
                action.accept(members, at, space);
            }
            at = end + 1;
        }
    }

    private static boolean inCategories(byte[] members, int from, int end, CodeSet categories) {
        while (from < end) {
            int to = from;
            while (to < end && members[to] != ' ') {
                to++;
            }
            if (to > from && categories.contains(members, from, to)) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }
}
