package org.zhijian.records.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;
import org.zhijian.records.Field;
import org.zhijian.records.RecordErrors;
import org.zhijian.records.RecordFilter;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordRow;

/**
 * The generic pages of a record kind without pages of its own: the list with its filters (words, region,
 * category) and an XLSX export of every field, and a record's page with every field, its county, its link to the
 * registry and its classification.
 */
@Controller
@RequestMapping("/records/{key}")
class RecordPages {

    private final RecordManagement records;
    private final RecordValues values;

    RecordPages(RecordManagement records, RecordValues values) {
        this.records = records;
        this.values = values;
    }

    @GetMapping
    String list(
            @PathVariable String key, RecordFilter filter, @RequestParam(required = false) Integer page, Model model) {
        RecordKind kind = kind(key);
        model.addAttribute("kind", kind);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", kind.listed());
        model.addAttribute("result", records.list(kind, filter, PageRequest.of(page, 50)));
        model.addAttribute("values", values);
        model.addAttribute(
                "query", QueryString.of("q", filter.q(), "region", filter.region(), "category", filter.category()));
        model.addAttribute("crumbs", List.of(Crumb.here(kind.label())));
        return "records/list";
    }

    @GetMapping("/export")
    void export(@PathVariable String key, RecordFilter filter, HttpServletResponse response) throws IOException {
        RecordKind kind = kind(key);
        List<Field> fields = kind.fields();
        XlsxDownload.send(
                response,
                kind.label(),
                fields.stream().map(Field::label).toList(),
                p -> records.list(kind, filter, p),
                (RecordRow r) -> fields.stream().map(f -> values.cell(f, r)).toArray());
    }

    @GetMapping("/{id:[0-9]+}")
    String detail(@PathVariable String key, @PathVariable long id, Model model) {
        RecordKind kind = kind(key);
        RecordRow row = records.find(kind, id)
                .orElseThrow(() -> new BusinessRuleViolation(RecordErrors.NOT_FOUND, key + "/" + id));
        model.addAttribute("kind", kind);
        model.addAttribute("row", row);
        model.addAttribute("values", values);
        model.addAttribute(
                "recordTitle", values.text(kind.field(kind.keyField()).orElseThrow(), row));
        model.addAttribute(
                "crumbs", List.of(Crumb.of(kind.label(), kind.listPage()), Crumb.here(row.text(kind.keyField()))));
        return "records/detail";
    }

    private RecordKind kind(String key) {
        return records.kind(key)
                .filter(k -> !k.hasOwnPages() && k.imported())
                .orElseThrow(() -> new BusinessRuleViolation(RecordErrors.NOT_FOUND, key));
    }
}
