package org.zhijian.risk.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.risk.Measure;
import org.zhijian.risk.NewMeasure;
import org.zhijian.risk.NewWarning;
import org.zhijian.risk.RiskMonitoring;
import org.zhijian.risk.RunSummary;
import org.zhijian.risk.ScenarioInput;
import org.zhijian.risk.SeriesView;
import org.zhijian.risk.Signal;
import org.zhijian.risk.SignalQuery;
import org.zhijian.risk.Warning;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.Warnings;

/** Signals, detection runs and the warning workflow as JSON, within the caller's area. */
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险监测预警")
class RiskApi {

    private final RiskMonitoring monitoring;
    private final Warnings warnings;
    private final CurrentActor currentActor;

    RiskApi(RiskMonitoring monitoring, Warnings warnings, CurrentActor currentActor) {
        this.monitoring = monitoring;
        this.warnings = warnings;
        this.currentActor = currentActor;
    }

    @GetMapping("/signals")
    @Operation(
            summary = "检测信号，最新一周、最强的在前",
            description =
                    "week：如 2026-W47；source：COMPLAINT、INJURY、INJURY_SEVERE、SAMPLE_FAILED、LISTING_REMOVED、FOREIGN_RECALL、ACCIDENT；region；category；open=true 仅未生成预警且未被下级信号解释的")
    PageResult<Signal> signals(SignalQuery query, Integer page, Integer size) {
        return monitoring.signals(query, PageRequest.of(page, size));
    }

    @GetMapping("/series")
    @Operation(
            summary = "一条序列：某数据源在某地区、某产品类别（含下级）的周或月计数",
            description =
                    "source：COMPLAINT、INJURY、INJURY_SEVERE、SAMPLE_FAILED、LISTING_REMOVED、FOREIGN_RECALL、ACCIDENT；region：县、市州或省代码（默认全省，须在本账户范围内）；category：类别代码，默认全部；period：week 或 month；periods：最近多少期（最多 520），截至最新数据")
    SeriesView series(
            @RequestParam String source,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "week") String period,
            @RequestParam(defaultValue = "104") int periods) {
        return monitoring.series(source, region, category, period, periods);
    }

    @PostMapping("/runs")
    @Operation(summary = "对所有序列运行一周的检测（省级管理员；可重复，结果相同）")
    RunSummary run(@RequestParam String week) {
        currentActor.get().checkWritesProvince();
        return monitoring.run(week);
    }

    @GetMapping("/warnings")
    @Operation(
            summary = "预警",
            description =
                    "queue=mine：本层级待办；status：PENDING、ASSESSED、ACTING、CLOSED 或 OPEN；level：LOW、MEDIUM、HIGH、SERIOUS；overdue=true 已逾期")
    PageResult<Warning> warnings(WarningQuery query, Integer page, Integer size) {
        return warnings.search(query, PageRequest.of(page, size));
    }

    @GetMapping("/warnings/{id}")
    @Operation(summary = "一条预警")
    Warning warning(@PathVariable long id) {
        return warnings.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    @GetMapping("/warnings/{id}/measures")
    @Operation(summary = "预警的处置措施")
    PageResult<Measure> measures(@PathVariable long id) {
        List<Measure> all = warnings.measures(id);
        return new PageResult<>(all, all.size(), 1, Math.max(1, all.size()));
    }

    @PostMapping("/warnings")
    @Operation(summary = "登记预警（初判等级决定研判期限）")
    ResponseEntity<Warning> raise(@RequestBody NewWarning warning) {
        return ResponseEntity.status(HttpStatus.CREATED).body(warnings.raise(warning));
    }

    /** The injury scenarios of an assessment. */
    record Scenarios(List<ScenarioInput> scenarios) {}

    @PostMapping("/warnings/{id}/assessment")
    @Operation(summary = "研判：按伤害情景计算风险等级（欧盟风险矩阵，取最高）", description = "steps：每行一步“描述 概率”，概率写 1/10、0.1 或 10%")
    Warning assess(@PathVariable long id, @RequestBody Scenarios body) {
        return warnings.assess(id, body.scenarios() == null ? List.of() : body.scenarios());
    }

    /** A conclusion or reason. */
    record Text(String text) {}

    @PostMapping("/warnings/{id}/dismissal")
    @Operation(summary = "研判无风险，办结")
    Warning dismiss(@PathVariable long id, @RequestBody Text body) {
        return warnings.dismiss(id, body.text());
    }

    @PostMapping("/warnings/{id}/measures")
    @Operation(
            summary =
                    "采取措施：CONSUMER_ALERT、TARGETED_SAMPLING、RECALL_REQUEST、REFERRAL_FOLLOW_UP、REFERRAL_ATTENTION、INTERVIEW")
    ResponseEntity<Measure> measure(@PathVariable long id, @RequestBody NewMeasure body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(warnings.addMeasure(id, body));
    }

    @PostMapping("/measures/{id}/reply")
    @Operation(summary = "回复转办或召回要求")
    Measure reply(@PathVariable long id, @RequestBody Text body) {
        return warnings.reply(id, body.text());
    }

    @PostMapping("/measures/{id}/publication")
    @Operation(summary = "发布消费提示")
    Measure publish(@PathVariable long id) {
        return warnings.publish(id);
    }

    @PostMapping("/warnings/{id}/closure")
    @Operation(summary = "办结（转办跟进须已回复）")
    Warning close(@PathVariable long id, @RequestBody Text body) {
        return warnings.close(id, body.text());
    }
}
