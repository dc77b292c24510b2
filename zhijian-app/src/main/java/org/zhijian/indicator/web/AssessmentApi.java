package org.zhijian.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.indicator.AssessmentItem;
import org.zhijian.indicator.AssessmentResult;
import org.zhijian.indicator.Assessments;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PlatformErrors;

@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "规划指标")
class AssessmentApi {

    private final Assessments assessments;

    AssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    /** A scheme's items. */
    record Scheme(List<AssessmentItem> items) {}

    /** An input for a prefecture. */
    record Input(String prefecture, String item, Double value, String note) {}

    @GetMapping("/{year}")
    @Operation(summary = "年度考核：方案、各市州得分、排名和逐项说明")
    AssessmentResult result(@PathVariable int year) {
        return assessments.result(year).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, year));
    }

    @PostMapping("/{year}")
    @Operation(
            summary =
                    "设定年度考核方案（省级）：items 每项 code、name、kind（INDICATOR/TASK/DEDUCTION/BONUS/VETO）、points，指标项另有 indicatorId、floor、target、higherIsBetter，扣分和加分项有 perUnit")
    ResponseEntity<AssessmentResult> scheme(@PathVariable int year, @RequestBody Scheme scheme) {
        return ResponseEntity.status(HttpStatus.CREATED).body(assessments.createScheme(year, scheme.items()));
    }

    @PostMapping("/{year}/inputs")
    @Operation(summary = "记录某市州某考核项的情况（省级）：任务完成比例 0–1，或扣分、加分、否决事项的次数")
    AssessmentResult input(@PathVariable int year, @RequestBody Input input) {
        if (input.value() == null) {
            throw new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, "value");
        }
        return assessments.recordInput(year, input.prefecture(), input.item(), input.value(), input.note());
    }

    /** The appeal window. */
    record Window(java.time.LocalDate until) {}

    /** An appeal. */
    record NewAppeal(String prefecture, String item, String reason) {}

    /** The province's decision on an appeal. */
    record AppealDecision(Boolean accept, Double newValue, String decision) {}

    @PostMapping("/{year}/appeal-window")
    @Operation(summary = "开启申诉期（省级）")
    AssessmentResult window(@PathVariable int year, @RequestBody Window w) {
        return assessments.openAppeals(year, w.until());
    }

    @GetMapping("/{year}/appeals")
    @Operation(summary = "申诉及处理结果")
    org.zhijian.platform.PageResult<org.zhijian.indicator.Appeal> appeals(@PathVariable int year) {
        List<org.zhijian.indicator.Appeal> all = assessments.appeals(year);
        return new org.zhijian.platform.PageResult<>(all, all.size(), 1, Math.max(1, all.size()));
    }

    @PostMapping("/{year}/appeals")
    @Operation(summary = "市州对本市州某考核项申诉（申诉期内）")
    ResponseEntity<org.zhijian.indicator.Appeal> appeal(@PathVariable int year, @RequestBody NewAppeal a) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(assessments.appeal(year, a.prefecture(), a.item(), a.reason()));
    }

    @PostMapping("/appeals/{id}/decision")
    @Operation(summary = "省级处理申诉：accept=true 采纳并给出更正后的值（得分随之重算），false 驳回；须写意见")
    org.zhijian.indicator.Appeal decide(@PathVariable long id, @RequestBody AppealDecision d) {
        return assessments.decide(id, Boolean.TRUE.equals(d.accept()), d.newValue(), d.decision());
    }
}
