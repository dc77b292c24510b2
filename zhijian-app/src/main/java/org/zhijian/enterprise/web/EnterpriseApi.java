package org.zhijian.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enterprise.CodeCheck;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.enterprise.EnterpriseSummary;
import org.zhijian.enterprise.internal.EnterpriseErrors;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "市场主体名录")
class EnterpriseApi {

    private final EnterpriseManagement enterprises;
    private final RegionManagement regions;

    EnterpriseApi(EnterpriseManagement enterprises, RegionManagement regions) {
        this.enterprises = enterprises;
        this.regions = regions;
    }

    @GetMapping("/enterprises")
    @Operation(
            summary = "查询企业",
            description =
                    "q：代码（前缀）或名称片段；region：省/市州/县市区代码（含下级）；" + "industry：行业门类字母或大类代码；category：产品类别（含下级）；page 从 1 开始")
    PageResult<EnterpriseSummary> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return enterprises.search(
                new EnterpriseQuery(q, region, industry, category, status), PageRequest.of(page, size));
    }

    @GetMapping("/enterprises/candidates")
    @Operation(
            summary = "按名称找企业（关联记录用）",
            description = "name：记录中写的企业名称（可省略地区、组织形式，可为全角或同音写法）；返回本账户范围内的候选企业及 0–1 的分数，"
                    + "≥ 0.9 视为同一企业，其余供人工确认；分公司与总公司、不同地区的同名企业分开")
    PageResult<org.zhijian.enterprise.NameCandidate> candidates(
            @RequestParam String name, @RequestParam(required = false) Integer limit) {
        int size = limit == null ? 10 : Math.max(1, Math.min(limit, 50));
        var found = enterprises.candidates(name, size);
        return new PageResult<>(found, found.size(), 1, size); // the best candidates: one page
    }

    @GetMapping("/enterprises/export")
    @Operation(summary = "导出企业名录（XLSX，导入模板列，仅本账户范围）", description = "参数同列表查询；最多 1,048,575 行")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                org.springframework.http.ContentDisposition.attachment()
                        .filename("企业名录.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                        .build()
                        .toString());
        enterprises.export(
                new EnterpriseQuery(q, region, industry, category, status, sort), response.getOutputStream());
    }

    @GetMapping("/enterprises/counts")
    @Operation(summary = "按地区统计企业数量（仅本账户范围）", description = "不带 parent：各市州；parent=市州代码：其下各县市区")
    RegionCounts counts(@RequestParam(required = false) String parent) {
        var counts = enterprises.countByRegion(parent == null || parent.isBlank() ? null : parent.strip());
        List<RegionCounts.Entry> regionsWithNames = regions
                .find(
                        parent == null || parent.isBlank() ? RegionLevel.PREFECTURE : RegionLevel.COUNTY,
                        parent == null || parent.isBlank() ? null : parent.strip())
                .stream()
                .map(r -> new RegionCounts.Entry(r.code(), r.name(), counts.getOrDefault(r.code(), 0L)))
                .toList();
        return new RegionCounts(parent, regionsWithNames);
    }

    /** Enterprise counts per region. */
    record RegionCounts(String parent, List<Entry> regions) {
        record Entry(String code, String name, long count) {}
    }

    @GetMapping("/enterprises/{uscc}")
    @Operation(summary = "企业详情")
    Enterprise one(@PathVariable String uscc) {
        return enterprises.find(uscc).orElseThrow(() -> new BusinessRuleViolation(EnterpriseErrors.NOT_FOUND, uscc));
    }

    @PostMapping("/enterprises")
    @Operation(summary = "新增企业")
    ResponseEntity<Enterprise> create(@Valid @RequestBody EnterpriseForm form) {
        Enterprise created = enterprises.create(form);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.uscc()))
                .body(created);
    }

    @PutMapping("/enterprises/{uscc}")
    @Operation(summary = "修改企业（统一社会信用代码不可更改）")
    Enterprise update(@PathVariable String uscc, @Valid @RequestBody EnterpriseForm form) {
        return enterprises.update(uscc, form);
    }

    @GetMapping("/uscc/{code}")
    @Operation(summary = "校验统一社会信用代码（GB 32100，含例外名单）")
    CodeCheck check(@PathVariable String code) {
        return enterprises.checkCode(code);
    }
}
