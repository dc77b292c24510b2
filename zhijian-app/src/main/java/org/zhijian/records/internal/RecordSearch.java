package org.zhijian.records.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.TablePage;
import org.zhijian.platform.web.QueryString;
import org.zhijian.records.Hit;
import org.zhijian.records.Hits;
import org.zhijian.records.RecordKind;

/** The one search box over the kinds that declare a {@link Hit}: their {@code search_text} holds all the words. */
@Component
class RecordSearch {

    private final JdbcClient jdbc;
    private final RecordKinds kinds;
    private final RecordReads reads;

    RecordSearch(JdbcClient jdbc, RecordKinds kinds, RecordReads reads) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.reads = reads;
    }

    List<Hits> search(String q, int limit) {
        return kinds.all().stream()
                .filter(k -> k.hit().isPresent())
                .map(k -> search(k, q, limit))
                .toList();
    }

    private Hits search(RecordKind kind, String q, int limit) {
        Hit hit = kind.hit().orElseThrow();
        var page = new TablePage(kind.table(), hit.order(), "id, " + hit.title() + ", " + hit.detail())
                .read(
                        jdbc,
                        reads.visible(kind).words(q, "search_text"),
                        PageRequest.of(1, limit),
                        (rs, n) -> new Hits.Found(
                                nonNull(rs.getString(2)), nonNull(rs.getString(3)), kind.page() + rs.getLong(1)));
        return new Hits(kind.label(), page.total(), page.items(), kind.listPage() + "?" + QueryString.of("q", q));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
