package org.zhijian.enterprise.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
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

    private static final String SUMMARY_COLUMNS =
            "uscc, name, county_code, prefecture_code, industry_code, scale, status";

    private final JdbcClient jdbc;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final CurrentActor currentActor;
    private final RecentSearches recent;

    EnterpriseSearch(
            JdbcClient jdbc,
            RegionManagement regions,
            ClassificationManagement classification,
            CurrentActor currentActor,
            RecentSearches recent) {
        this.jdbc = jdbc;
        this.recent = recent;
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
        return present(query.q()) ? textSearch(query, filter, params, page) : listing(query, filter, params, page);
    }

    /**
     * A text search: the first {@code TEXT_COUNT_CAP + 1} matches in list order are collected once through the
     * indexes (never by walking the list order and testing rows, which reads most of the table when the matches
     * of a fragment such as 岳麓 sit in one region) and kept briefly, so that paging and repeated searches read only
     * the page's rows. Beyond the cap the list asks to narrow the search, as large search sites do.
     */
    private PageResult<EnterpriseSummary> textSearch(
            EnterpriseQuery query, String filter, Map<String, Object> params, PageRequest page) {
        String sql = "select uscc from (select uscc, name, established_on from enterprise" + filter
                + " offset 0) matches order by " + query.orderBy() + " limit " + (TEXT_COUNT_CAP + 1);
        List<String> ranked = recent.get(
                sql,
                params,
                () -> jdbc.sql(sql).params(params).query(String.class).list());
        boolean exact = ranked.size() <= TEXT_COUNT_CAP;
        int shown = Math.min(ranked.size(), TEXT_COUNT_CAP);
        int from = (int) Math.min(page.offset(), shown);
        List<String> codes = ranked.subList(from, Math.min(from + page.size(), shown));
        return new PageResult<>(rowsOf(codes), exact ? ranked.size() : TEXT_COUNT_CAP, page.page(), page.size(), exact);
    }

    /** A list without text: counted (and the count kept briefly), the page read in list order. */
    private PageResult<EnterpriseSummary> listing(
            EnterpriseQuery query, String filter, Map<String, Object> params, PageRequest page) {
        long total = recent.get("count " + filter, params, () -> count(filter, params));
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<String[]> rows = jdbc.sql("select " + SUMMARY_COLUMNS + " from enterprise" + filter + " order by "
                        + query.orderBy() + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> summaryRow(rs))
                .list();
        return new PageResult<>(summaries(rows), total, page.page(), page.size(), true);
    }

    /** The rows of these credit codes within the reader's scope, in the order given. */
    private List<EnterpriseSummary> rowsOf(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String scope = scopeCondition(params);
        params.put("codes", codes);
        Map<String, String[]> rows = new HashMap<>();
        jdbc.sql("select " + SUMMARY_COLUMNS + " from enterprise where uscc in (:codes) and " + scope)
                .params(params)
                .query((rs, n) -> summaryRow(rs))
                .list()
                .forEach(r -> rows.put(r[0], r));
        return summaries(
                codes.stream().map(rows::get).filter(java.util.Objects::nonNull).toList());
    }

    // Names are looked up after the rows are read: a lookup that loads its cache inside the row mapper would need
    // a second connection while holding one, and a burst of first requests would exhaust the pool.
    private List<EnterpriseSummary> summaries(List<String[]> rows) {
        return rows.stream()
                .map(r -> new EnterpriseSummary(
                        r[0], r[1], r[2], regionName(r[2]), regionName(r[3]), r[4], industryName(r[4]), r[5], r[6]))
                .toList();
    }

    private static String[] summaryRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] row = new String[7];
        for (int i = 0; i < row.length; i++) {
            row[i] = rs.getString(i + 1);
        }
        return row;
    }

    /** Forgets cached totals once the current change commits. */
    void forgetCounts() {
        recent.forgetAfterCommit();
    }

    private long count(String filter, Map<String, Object> params) {
        return jdbc.sql("select count(*) from enterprise" + filter)
                .params(params)
                .query(Long.class)
                .single();
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
            List<String> bigrams = bigrams(term);
            if (bigrams.size() != 1 || term.codePointCount(0, term.length()) != 2) {
                // a two-character term is matched exactly by its bigram; longer ones need the text itself
                where.add("(name ilike :fragment or former_names_text ilike :fragment)");
            }
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
        List<String> subtree = classification.subtree(code.strip());
        where.add("category_codes && cast(:categories as text[])");
        params.put("categories", subtree.toArray(String[]::new));
    }

    /**
     * The two-character pieces of a name fragment (lower-cased, without blanks), as the {@code name_bigrams}
     * trigger stores them; empty for a one-character fragment.
     */
    static List<String> bigrams(String term) {
        int[] points = term.toLowerCase(Locale.ROOT).codePoints().toArray();
        java.util.Set<String> grams = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 2 <= points.length; i++) {
            if (!Character.isWhitespace(points[i]) && !Character.isWhitespace(points[i + 1])) {
                grams.add(new String(points, i, 2));
            }
        }
        return List.copyOf(grams);
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
