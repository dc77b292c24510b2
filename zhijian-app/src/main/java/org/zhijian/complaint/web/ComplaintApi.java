package org.zhijian.complaint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.complaint.Complaint;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.records.endpoints.ClassifiedKindApi;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "投诉举报")
record ComplaintApi(ComplaintManagement records) implements ClassifiedKindApi<Complaint, ComplaintQuery> {

    /** A step in handling: the new state and, to close, the outcome. */
    record Transition(String to, String outcome) {}

    @PostMapping("/{id}/transition")
    @Operation(summary = "办理：登记 → 受理 → 调解/转办 → 办结（办结须填写办理结果；留痕）")
    Complaint transition(@PathVariable long id, @RequestBody Transition step) {
        return records.transition(id, ComplaintStatus.parse(step.to()).orElse(null), step.outcome());
    }
}
