package org.zhijian.records.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.records.Hit;
import org.zhijian.records.Hits;
import org.zhijian.records.RecordKind;

/** The one search box over the kinds that declare a {@link Hit}: their {@code search_text} holds all the words. */
@Component
class RecordSearch {

    private final JdbcClient jdbc;
    private final RecordKinds kinds;
    private final CurrentActor currentActor;

    RecordSearch(JdbcClient jdbc, RecordKinds kinds, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.currentActor = currentActor;
    }

    List<Hits> search(String q, int limit) {
        return kinds.all().stream()
                .filter(k -> k.hit().isPresent())
                .map(k -> search(k, q, limit))
                .toList();
    }

    private Hits search(RecordKind kind, String q, int limit) {
        Hit hit = kind.hit().orElseThrow();
        Conditions c = (kind.visibleToAll()
                        ? Conditions.all()
                        : Conditions.within(currentActor.get().readScope()))
                .words(q, "search_text");
        String where = c.where().isEmpty() ? "" : " where " + String.join(" and ", c.where());
        long total = jdbc.sql("select count(*) from " + kind.table() + where)
                .params(c.params())
                .query(Long.class)
                .single();
        Map<String, Object> params = new HashMap<>(c.params());
        params.put("limit", limit);
        List<Hits.Found> found = jdbc.sql("select id, " + hit.title() + ", " + hit.detail() + " from " + kind.table()
                        + where + " order by " + hit.order() + " limit :limit")
                .params(params)
                .query((rs, n) ->
                        new Hits.Found(nonNull(rs.getString(2)), nonNull(rs.getString(3)), kind.page() + rs.getLong(1)))
                .list();
        String list = kind.listPage() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return new Hits(kind.label(), total, found, list);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
