package org.zhijian.sampling.internal;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.algo.sampling.Selection;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.DrawnTarget;

/** Stores and reads the targets a draw selected ({@code sampling_draw_selection}, immutable once written). */
@Component
class DrawSelections {

    private final JdbcClient jdbc;
    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;

    DrawSelections(JdbcClient jdbc, EnterpriseManagement enterprises, RegionManagement regions) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /**
     * Stores the selections in one statement (a provincial draw has well over a thousand), the columns as arrays;
     * a row's inspectors travel joined by U+001F, which no user name contains.
     */
    void store(long drawId, List<Selection> selections) {
        if (selections.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into sampling_draw_selection
                    (draw_id, ordinal, enterprise_uscc, stratum, county_code, prefecture_code, inspectors)
                select :draw, t.ordinal, t.uscc, t.stratum, t.county, t.prefecture, string_to_array(t.inspectors, chr(31))
                from unnest(cast(:usccs as text[]), cast(:strata as text[]), cast(:counties as text[]),
                    cast(:prefectures as text[]), cast(:inspectors as text[])) with ordinality
                    as t(uscc, stratum, county, prefecture, inspectors, ordinal)""")
                .param("draw", drawId)
                .param("usccs", column(selections, Selection::candidateId))
                .param("strata", column(selections, Selection::stratum))
                .param("counties", column(selections, Selection::county))
                .param(
                        "prefectures",
                        column(
                                selections,
                                sel -> regions.findByCode(sel.county())
                                        .map(r -> r.parent())
                                        .orElse(sel.county())))
                .param("inspectors", column(selections, sel -> String.join("\u001f", sel.inspectors())))
                .update();
    }

    private static String[] column(List<Selection> selections, java.util.function.Function<Selection, String> field) {
        return selections.stream().map(field).toArray(String[]::new);
    }

    /** The stored selections of a draw in order, with enterprise and county names. */
    List<DrawnTarget> of(long drawId) {
        List<Object[]> rows = jdbc.sql("select ordinal, enterprise_uscc, stratum, county_code, inspectors "
                        + "from sampling_draw_selection where draw_id = :id order by ordinal")
                .param("id", drawId)
                .query((rs, n) -> new Object[] {
                    rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5))
                })
                .list();
        Map<String, String> names =
                enterprises.names(rows.stream().map(r -> (String) r[1]).toList());
        return rows.stream()
                .map(r -> new DrawnTarget(
                        (int) r[0],
                        (String) r[1],
                        names.getOrDefault((String) r[1], ""),
                        (String) r[2],
                        (String) r[3],
                        regions.findByCode((String) r[3]).map(x -> x.name()).orElse((String) r[3]),
                        castList(r[4])))
                .toList();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
