package org.zhijian.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ProductCategory;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.enterprise.EnterpriseSummary;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * The enterprise list query: code prefix, name fragment (trigram index), region subtree, industry section or
 * division, category subtree and status.
 */
@Component
class EnterpriseSearch {

    /** Text searches stop counting here; the list then says "more than 1,000" and asks to narrow the search. */
    static final int TEXT_COUNT_CAP = 1_000;

    private final JdbcClient jdbc;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final CurrentActor currentActor;

    EnterpriseSearch(
            JdbcClient jdbc,
            RegionManagement regions,
            ClassificationManagement classification,
            CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.classification = classification;
        this.currentActor = currentActor;
    }

    /** The reader's scope as a condition on the enterprise table, with its parameter added to {@code params}. */
    String scopeCondition(Map<String, Object> params) {
        Scope scope = currentActor.get().readScope();
        params.put("scopeCode", scope.code());
        return scope.sql("county_code", "prefecture_code", "uscc");
    }

    /** The WHERE clause of a query within the reader's scope, with its parameters added to {@code params}. */
    String filter(EnterpriseQuery query, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add(scopeCondition(params));
        text(query.q(), where, params);
        region(query.region(), where, params);
        industry(query.industry(), where, params);
        category(query.category(), where, params);
        if (present(query.status())) {
            where.add("status = :status");
            params.put("status", query.status().strip());
        }
        return " where " + String.join(" and ", where);
    }

    /** The exact number of matches (for figures, not for interactive lists). */
    long count(EnterpriseQuery query) {
        Map<String, Object> params = new HashMap<>();
        return count(filter(query, params), params);
    }

    PageResult<EnterpriseSummary> search(EnterpriseQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String filter = filter(query, params);
        boolean text = present(query.q());
        long total = text ? cappedCount(filter, params) : count(filter, params);
        boolean exact = !text || total <= TEXT_COUNT_CAP;
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<EnterpriseSummary> items = jdbc.sql(
                        "select uscc, name, county_code, prefecture_code, industry_code, scale, status from "
                                + source(filter, text && (exact || narrowed(query))) + " order by " + query.orderBy()
                                + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new EnterpriseSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        regionName(rs.getString(3)),
                        regionName(rs.getString(4)),
                        rs.getString(5),
                        industryName(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        return new PageResult<>(items, exact ? total : TEXT_COUNT_CAP, page.page(), page.size(), exact);
    }

    /**
     * Whether a filter other than the text narrows the search. Credit codes start with the registration region,
     * so walking the primary key to find one region's matches would read most of the table.
     */
    private static boolean narrowed(EnterpriseQuery query) {
        return present(query.region()) || present(query.industry()) || present(query.category());
    }

    private long count(String filter, Map<String, Object> params) {
        return jdbc.sql("select count(*) from enterprise" + filter)
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Counts text matches up to one more than the cap: a broad fragment (食品) matches one name in twenty. */
    private long cappedCount(String filter, Map<String, Object> params) {
        return jdbc.sql("select count(*) from (select 1 from enterprise" + filter + " limit :countCap) matches")
                .params(params)
                .param("countCap", TEXT_COUNT_CAP + 1)
                .query(Long.class)
                .single();
    }

    /**
     * Where the page is read from. Text matches that are few, or narrowed by region, industry or category, are
     * collected through the indexes first and then sorted ({@code offset 0} keeps the planner from walking the
     * primary key and filtering row by row, which takes seconds when it misjudges a Chinese fragment); a broad
     * fragment alone, or no text at all, is read in key order, where the first page is found after a few rows.
     */
    private static String source(String filter, boolean fewTextMatches) {
        if (!fewTextMatches) {
            return "enterprise" + filter;
        }
        return "(select uscc, name, county_code, prefecture_code, industry_code, scale, status, established_on "
                + "from enterprise" + filter + " offset 0) matches";
    }

    private void text(String q, List<String> where, Map<String, Object> params) {
        if (!present(q)) {
            return;
        }
        String term = q.strip();
        String upper = term.toUpperCase(Locale.ROOT);
        if (upper.matches("[0-9A-Z]{4,18}")) {
            where.add("(uscc like :codePrefix or name ilike :fragment)");
            params.put("codePrefix", upper + "%");
        } else {
            where.add("(name ilike :fragment or former_names_text ilike :fragment)");
            List<String> bigrams = bigrams(term);
            if (!bigrams.isEmpty()) {
                where.add("name_bigrams @> cast(:bigrams as text[])");
                params.put("bigrams", bigrams.toArray(String[]::new));
            }
        }
        params.put(
                "fragment", "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }

    private void region(String code, List<String> where, Map<String, Object> params) {
        if (!present(code)) {
            return;
        }
        Region region = regions.findByCode(code.strip()).orElse(null);
        if (region == null) {
            where.add("false");
        } else if (region.level() == RegionLevel.PREFECTURE) {
            where.add("prefecture_code = :region");
            params.put("region", region.code());
        } else if (region.level() == RegionLevel.COUNTY) {
            where.add("county_code = :region");
            params.put("region", region.code());
        }
    }

    private void industry(String code, List<String> where, Map<String, Object> params) {
        if (!present(code)) {
            return;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.matches("[A-Z]")) {
            List<String> divisions = classification.industries().stream()
                    .filter(i -> c.equals(i.parent()))
                    .map(i -> i.code())
                    .toList();
            where.add("industry_code in (:divisions)");
            params.put("divisions", divisions.isEmpty() ? List.of("--") : divisions);
        } else {
            where.add("industry_code = :industry");
            params.put("industry", c);
        }
    }

    private void category(String code, List<String> where, Map<String, Object> params) {
        if (!present(code)) {
            return;
        }
        List<String> subtree = subtree(code.strip(), classification.categories());
        where.add("category_codes && cast(:categories as text[])");
        params.put("categories", subtree.toArray(String[]::new));
    }

    /**
     * The two-character pieces of a name fragment (lower-cased, without blanks), as the {@code name_bigrams}
     * trigger stores them; empty for a one-character fragment.
     */
    static List<String> bigrams(String term) {
        String t = term.toLowerCase(Locale.ROOT);
        java.util.Set<String> grams = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            String gram = t.substring(i, i + 2);
            if (gram.chars().noneMatch(Character::isWhitespace)) {
                grams.add(gram);
            }
        }
        return List.copyOf(grams);
    }

    static List<String> subtree(String root, List<ProductCategory> categories) {
        List<String> result = new ArrayList<>(List.of(root));
        for (int i = 0; i < result.size(); i++) {
            String parent = result.get(i);
            categories.stream().filter(c -> parent.equals(c.parent())).forEach(c -> result.add(c.code()));
        }
        return result;
    }

    private String regionName(String code) {
        return code == null ? "" : regions.findByCode(code).map(Region::name).orElse(code);
    }

    private String industryName(String code) {
        return code == null
                ? ""
                : classification.findIndustry(code).map(i -> i.name()).orElse(code);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
