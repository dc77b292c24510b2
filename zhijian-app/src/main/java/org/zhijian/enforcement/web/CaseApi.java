package org.zhijian.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.enforcement.CaseQuery;
import org.zhijian.enforcement.EnforcementCase;
import org.zhijian.enforcement.EnforcementManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.RequestFields;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "行政处罚")
class CaseApi {

    private final EnforcementManagement cases;

    CaseApi(EnforcementManagement cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(
            summary = "行政处罚决定，最新的在前（本账户范围）",
            description = "q：文号、当事人、违法行为、依据或事实中的词；"
                    + "region：市州或县区代码；enterprise：生产者信用代码；category：产品类别代码（含下级）；批量导入：POST /api/v1/imports/cases")
    PageResult<EnforcementCase> search(CaseQuery query, Integer page, Integer size) {
        return cases.search(query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份行政处罚决定")
    EnforcementCase find(@PathVariable long id) {
        return cases.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    @PostMapping
    @Operation(summary = "登记一份行政处罚决定（JSON，字段同导入模板的列键，如 case_no、party_name、county_code、violation_type、decided_on）")
    ResponseEntity<EnforcementCase> register(@RequestBody Map<String, Object> body) {
        Map<String, String> fields = RequestFields.of(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(cases.register(fields));
    }
}
