package org.zhijian.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.credit.ClassChange;
import org.zhijian.credit.ClassCounts;
import org.zhijian.credit.ClassQuery;
import org.zhijian.credit.ClassRun;
import org.zhijian.credit.ClassifiedEnterprise;
import org.zhijian.credit.CreditFactView;
import org.zhijian.credit.CreditManagement;
import org.zhijian.credit.EnterpriseClass;
import org.zhijian.credit.RegionClasses;
import org.zhijian.credit.SchemeSummary;
import org.zhijian.credit.internal.CreditErrors;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/**
 * Credit files and credit-risk classes as JSON, for officers within their area (classes are internal, K2: enterprise
 * accounts and the public are refused).
 */
@RestController
@RequestMapping("/api/v1/credit")
@Tag(name = "信用监管")
class CreditApi {

    private final CreditManagement credit;

    CreditApi(CreditManagement credit) {
        this.credit = credit;
    }

    /** The class counts of a month, with the breakdown asked for. */
    record Classes(ClassCounts counts, List<RegionClasses> rows) {}

    @GetMapping("/classes")
    @Operation(
            summary = "各信用风险类别（A–D）的企业数",
            description = "month：yyyy-MM，默认最近完成分类的月份；region：市州或县市区代码；industry：国民经济行业门类下的两位大类代码；"
                    + "scheme：方案版本，默认在用方案；by：region（下一级地区）或 industry（行业）时另给出分组")
    Classes classes(ClassQuery query, @RequestParam(required = false) String by) {
        List<RegionClasses> rows = switch (by == null ? "" : by) {
            case "region" -> credit.byRegion(query);
            case "industry" -> credit.byIndustry(query);
            default -> List.of();
        };
        return new Classes(credit.counts(query), rows);
    }

    @GetMapping("/enterprises")
    @Operation(summary = "某月某类（可多类，如 CD）的企业，风险分高的在前")
    PageResult<ClassifiedEnterprise> enterprises(
            ClassQuery query,
            @RequestParam(name = "class", required = false) String creditClass,
            Integer page,
            Integer size) {
        return credit.enterprises(query, creditClass, PageRequest.of(page, size));
    }

    @GetMapping("/enterprises/{uscc}")
    @Operation(summary = "企业的信用风险类别、得分、月份、方案版本和评分表（各指标的事实与分值，合计等于得分）")
    EnterpriseClass enterprise(
            @PathVariable String uscc,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String scheme) {
        java.time.YearMonth m = month == null || month.isBlank() ? null : parseMonth(month);
        return credit.classOf(uscc, m, scheme)
                .orElseThrow(() -> new BusinessRuleViolation(CreditErrors.NOT_FOUND, uscc));
    }

    @GetMapping("/enterprises/{uscc}/facts")
    @Operation(summary = "企业信用档案：来自抽查、处罚、投诉、召回、预警等的每条信用信息，最新的在前")
    PageResult<CreditFactView> facts(@PathVariable String uscc, Integer page, Integer size) {
        return credit.facts(uscc, PageRequest.of(page, size));
    }

    @GetMapping("/enterprises/{uscc}/history")
    @Operation(summary = "企业信用风险类别的变化")
    PageResult<ClassChange> history(@PathVariable String uscc, Integer page, Integer size) {
        return PageResult.slice(credit.history(uscc), PageRequest.of(page, size));
    }

    @GetMapping("/runs")
    @Operation(summary = "各月分类运行")
    PageResult<ClassRun> runs(Integer page, Integer size) {
        return PageResult.slice(credit.runs(), PageRequest.of(page, size));
    }

    @PostMapping("/runs")
    @Operation(summary = "对所有存续企业做某月的信用风险分类（省级；可重复运行，结果相同；中断后续跑）")
    ClassRun classify(@RequestParam String month, @RequestParam(required = false) String scheme) {
        return credit.classify(parseMonth(month), scheme);
    }

    @GetMapping("/schemes")
    @Operation(summary = "已载入的分类方案")
    PageResult<SchemeSummary> schemes(Integer page, Integer size) {
        return PageResult.slice(credit.schemes(), PageRequest.of(page, size));
    }

    @GetMapping(value = "/schemes/{version}", produces = "application/json")
    @Operation(summary = "一个方案版本的指标、分值、封顶、分级阈值和直接定级规则，格式与载入的 JSON 相同")
    String scheme(@PathVariable String version) {
        return org.zhijian.credit.internal.SchemeJson.write(
                credit.scheme(version).orElseThrow(() -> new BusinessRuleViolation(CreditErrors.NO_SCHEME, version)));
    }

    @PostMapping("/schemes")
    @Operation(summary = "载入分类方案（JSON，或 CSV/XLSX 表格；省级）；use=true 时启用。方案有误时列出每个问题，不做任何改动")
    SchemeSummary load(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean use)
            throws IOException {
        return credit.loadScheme(file.getOriginalFilename(), file.getBytes(), use);
    }

    @GetMapping("/export")
    @Operation(summary = "导出某月的信用风险分类（供省级信用平台，按统一社会信用代码）：format=csv|xlsx|json")
    void export(
            ClassQuery query,
            @RequestParam(defaultValue = "csv") String format,
            jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        String f = format.strip().toLowerCase(java.util.Locale.ROOT);
        response.setContentType(
                switch (f) {
                    case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    case "json" -> "application/json;charset=UTF-8";
                    default -> "text/csv;charset=UTF-8";
                });
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename("credit-classes." + f, java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        credit.exportClasses(query, f, response.getOutputStream());
    }

    @PostMapping("/national-classes")
    @Operation(summary = "导入国家平台的信用风险分类（CSV/XLSX：月份、统一社会信用代码、类别；省级）。有误时列出每行问题，不做任何改动")
    org.zhijian.credit.NationalImport importNational(
            @RequestParam MultipartFile file, @RequestParam(required = false) String source) throws IOException {
        return credit.importNational(file.getOriginalFilename(), file.getBytes(), source);
    }

    static java.time.YearMonth parseMonth(String month) {
        try {
            return java.time.YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleViolation(CreditErrors.BAD_MONTH, month);
        }
    }
}
