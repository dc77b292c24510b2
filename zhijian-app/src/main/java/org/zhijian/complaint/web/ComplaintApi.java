package org.zhijian.complaint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.RequestFields;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "投诉举报")
class ComplaintApi {

    private final ComplaintManagement complaints;

    ComplaintApi(ComplaintManagement complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    @Operation(
            summary = "投诉举报，最新的在前（本账户范围；投诉人电话、身份证号遮盖）",
            description = "q：工单编号、被投诉方、产品或内容中的词；status：REGISTERED、ACCEPTED、MEDIATING、TRANSFERRED、CLOSED"
                    + "（或中文）；channel；region：市州或县区代码；enterprise：被投诉企业信用代码；category：产品类别代码（含下级）；hazard：危害类型代码；page 从 1 开始，size ≤ 500。"
                    + "批量导入：POST /api/v1/imports/complaints")
    PageResult<Complaint> search(ComplaintQuery query, Integer page, Integer size) {
        return complaints.search(query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一件投诉举报（个人信息遮盖）")
    Complaint find(@PathVariable long id) {
        return complaints.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    @PostMapping
    @Operation(
            summary = "登记一件投诉举报（JSON，字段同导入模板的列键，如 complaint_no、channel、received_at、respondent_name、"
                    + "county_code、description）")
    ResponseEntity<Complaint> register(@RequestBody Map<String, Object> body) {
        Map<String, String> fields = RequestFields.of(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(complaints.register(fields));
    }

    /** An officer's category and hazard type (code or name); blank hands the field back to the classifier. */
    record Classification(String categoryCode, String hazard) {}

    @PutMapping("/{id}/classification")
    @Operation(summary = "人工确定产品类别和危害类型（空值交回自动判断；留痕）")
    Complaint classify(@PathVariable long id, @RequestBody Classification choice) {
        return complaints.classify(id, choice.categoryCode(), choice.hazard());
    }

    /** A step in handling: the new state and, to close, the outcome. */
    record Transition(String to, String outcome) {}

    @PostMapping("/{id}/transition")
    @Operation(summary = "办理：登记 → 受理 → 调解/转办 → 办结（办结须填写办理结果；留痕）")
    Complaint transition(@PathVariable long id, @RequestBody Transition step) {
        return complaints.transition(id, ComplaintStatus.parse(step.to()).orElse(null), step.outcome());
    }
}
