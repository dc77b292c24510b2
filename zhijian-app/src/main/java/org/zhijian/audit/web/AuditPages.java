package org.zhijian.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditQuery;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.PageRequest;

/** Administrators search the audit trail and export it as CSV (the export itself is audited). */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

    private final AuditTrail audit;

    /** The actions by their Chinese names (from the {@code audit.action.*} messages), for the filter. */
    private static final java.util.Map<String, String> ACTIONS = actions();

    private static java.util.Map<String, String> actions() {
        var bundle = java.util.ResourceBundle.getBundle("messages", java.util.Locale.SIMPLIFIED_CHINESE);
        var out = new java.util.TreeMap<String, String>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("audit.action.") && !key.equals("audit.action.other")) {
                out.put(key.substring("audit.action.".length()), bundle.getString(key));
            }
        }
        var byName = new java.util.LinkedHashMap<String, String>();
        out.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue(java.text.Collator.getInstance(java.util.Locale.CHINA)))
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(byName);
    }

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String object,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            Model model) {
        AuditQuery query = new AuditQuery(actor, action, object, from, to);
        model.addAttribute("query", query);
        model.addAttribute("result", audit.search(query, PageRequest.of(page, 50)));
        model.addAttribute("actions", ACTIONS);
        return "audit/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String object,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        AuditQuery query = new AuditQuery(actor, action, object, from, to);
        boolean csv = "csv".equalsIgnoreCase(format);
        audit.record(AuditEntry.of("AUDIT_EXPORT", "audit", null, "导出审计日志（" + (csv ? "CSV" : "XLSX") + "）"));
        if (csv) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
            audit.export(query, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"audit.xlsx\"");
            audit.exportXlsx(query, response.getOutputStream());
        }
    }
}
