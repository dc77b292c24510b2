package org.zhijian.records.endpoints;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

/**
 * A kind's list page ({@code GET {page}}, 50 records a page, filtered by the kind's query, template
 * {@code KIND/list}) and its Excel export of the same filter ({@code GET {page}/export}); the controller maps
 * {@code {page}} and keeps its record page and workflow handlers.
 */
public interface KindPages<R, Q extends Record> {

    /** The kind's pages. */
    KindPage<R, Q> page();

    /** What the kind's list page shows beside the records, its query and its filter (e.g. the states to pick). */
    default void listModel(Model model) {}

    @GetMapping
    default String list(Q query, @RequestParam(required = false) Integer page, Model model) {
        KindPage<R, Q> kind = page();
        model.addAttribute("query", query);
        model.addAttribute("result", kind.records().search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", QueryString.of(query));
        model.addAttribute("crumbs", List.of(Crumb.here(kind.title())));
        listModel(model);
        return kind.template("list");
    }

    @GetMapping("/export")
    default void export(Q query, HttpServletResponse response) throws IOException {
        KindPage<R, Q> kind = page();
        String name = kind.text().of(kind.exportNameKey());
        XlsxDownload.send(response, name, kind.columns(), p -> kind.records().search(query, p));
    }
}
