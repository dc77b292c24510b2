package org.zhijian.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import org.zhijian.indicator.ReportingRound;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;

@RestController
@RequestMapping("/api/v1/indicator-rounds")
@Tag(name = "规划指标")
class RoundApi {

    private final Rounds rounds;

    RoundApi(Rounds rounds) {
        this.rounds = rounds;
    }

    /** A round to open. */
    record NewRound(String plan, Integer year, LocalDate opensOn, LocalDate closesOn) {}

    /** A reviewer's or the province's decision. */
    record Decision(Boolean pass, String comment) {}

    /** An extension for a prefecture. */
    record Extension(LocalDate until) {}

    @GetMapping
    @Operation(summary = "填报轮次及各市州的填报、审核状态")
    PageResult<ReportingRound> rounds(@RequestParam(required = false) String plan) {
        List<ReportingRound> all = rounds.rounds(plan);
        return new PageResult<>(all, all.size(), 1, Math.max(1, all.size()));
    }

    @GetMapping("/{id}")
    ReportingRound round(@PathVariable long id) {
        return rounds.round(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    @PostMapping
    @Operation(summary = "开启年度填报（省级）：plan 默认 HN-14，year，opensOn，closesOn")
    ResponseEntity<ReportingRound> open(@RequestBody NewRound r) {
        if (r.year() == null) {
            throw new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, "year");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(rounds.open(r.plan() == null ? "HN-14" : r.plan(), r.year(), r.opensOn(), r.closesOn()));
    }

    @PostMapping("/{id}/prefectures/{code}/extension")
    @Operation(summary = "为某市州延长填报期（省级）")
    ReportingRound extend(@PathVariable long id, @PathVariable String code, @RequestBody Extension e) {
        return rounds.extend(id, code, e.until());
    }

    @PostMapping("/{id}/lock")
    @Operation(summary = "锁定填报（省级）：此后不能再改")
    ReportingRound lock(@PathVariable long id) {
        return rounds.lock(id);
    }

    @PostMapping("/{id}/prefectures/{code}/submission")
    @Operation(summary = "市州提交审核")
    ReportingRound submit(@PathVariable long id, @PathVariable String code) {
        return rounds.submit(id, code);
    }

    @PostMapping("/{id}/prefectures/{code}/review")
    @Operation(summary = "市州审核：pass=true 通过，false 退回（须写意见）；审核人须不是提交人")
    ReportingRound review(@PathVariable long id, @PathVariable String code, @RequestBody Decision d) {
        return rounds.review(id, code, Boolean.TRUE.equals(d.pass()), d.comment());
    }

    @PostMapping("/{id}/prefectures/{code}/decision")
    @Operation(summary = "省级审定：pass=true 审定通过，false 退回（须写意见）")
    ReportingRound decide(@PathVariable long id, @PathVariable String code, @RequestBody Decision d) {
        return rounds.decide(id, code, Boolean.TRUE.equals(d.pass()), d.comment());
    }
}
