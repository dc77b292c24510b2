package org.zhijian.sampling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.DrawVerification;
import org.zhijian.sampling.ItemSpec;
import org.zhijian.sampling.ItemTemplate;
import org.zhijian.sampling.OverdueItem;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanSummary;
import org.zhijian.sampling.ResultsForm;
import org.zhijian.sampling.Sample;
import org.zhijian.sampling.SampleForm;
import org.zhijian.sampling.SampleQuery;
import org.zhijian.sampling.SampleStatus;
import org.zhijian.sampling.SampleSummary;
import org.zhijian.sampling.SamplingManagement;
import org.zhijian.sampling.internal.SamplingErrors;

@RestController
@RequestMapping("/api/v1/sampling")
@Tag(name = "监督抽查")
class SamplingApi {

    private final SamplingManagement sampling;

    SamplingApi(SamplingManagement sampling) {
        this.sampling = sampling;
    }

    @GetMapping("/item-templates")
    @Operation(summary = "检验项目模板", description = "category：产品类别代码；不填为全部")
    ItemTemplates templates(@RequestParam(required = false) String category) {
        return new ItemTemplates(sampling.templates(category));
    }

    /** A list wrapped in an object (never a bare JSON array). */
    record ItemTemplates(List<ItemTemplate> items) {}

    @PostMapping("/item-templates")
    @Operation(summary = "新增检验项目模板")
    ResponseEntity<ItemTemplate> addTemplate(@RequestBody ItemSpec spec) {
        ItemTemplate created = sampling.addTemplate(spec);
        return ResponseEntity.created(URI.create("/api/v1/sampling/item-templates?category=" + spec.categoryCode()))
                .body(created);
    }

    @GetMapping("/plans")
    @Operation(summary = "抽查计划（本账户范围）")
    PageResult<PlanSummary> plans(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sampling.plans(PageRequest.of(page, size));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "抽查计划详情：产品类别、各地抽查数量、检验项目")
    Plan plan(@PathVariable long id) {
        return sampling.plan(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.PLAN_NOT_FOUND, id));
    }

    @PostMapping("/plans")
    @Operation(summary = "新建抽查计划", description = "检验项目从所选产品类别的模板复制")
    ResponseEntity<Plan> createPlan(@RequestBody PlanForm form) {
        Plan plan = sampling.createPlan(form);
        return ResponseEntity.created(URI.create("/api/v1/sampling/plans/" + plan.id()))
                .body(plan);
    }

    /** Optional seed of a draw; without it a random seed is used. */
    record DrawRequest(String seed) {}

    @PostMapping("/plans/{id}/draws")
    @Operation(summary = "双随机抽取（待确认）", description = "seed：可选，64 位整数（字符串）；不填时随机生成")
    ResponseEntity<Draw> draw(@PathVariable long id, @RequestBody(required = false) DrawRequest request) {
        Long seed = null;
        if (request != null && request.seed() != null && !request.seed().isBlank()) {
            try {
                seed = Long.parseLong(request.seed().strip());
            } catch (NumberFormatException e) {
                throw new BusinessRuleViolation(SamplingErrors.INVALID, "种子应为 64 位整数");
            }
        }
        Draw draw = sampling.draw(id, seed);
        return ResponseEntity.created(URI.create("/api/v1/sampling/draws/" + draw.id()))
                .body(draw);
    }

    @GetMapping("/draws")
    @Operation(summary = "抽取记录（含种子和对象库哈希；列表不含抽中对象）", description = "plan：计划编号，可选")
    PageResult<Draw> draws(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return sampling.draws(plan, PageRequest.of(page, size));
    }

    @GetMapping("/draws/{id}")
    @Operation(summary = "抽取记录详情（含抽中对象和检查员）")
    Draw findDraw(@PathVariable long id) {
        return sampling.findDraw(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, id));
    }

    @PostMapping("/draws/{id}/confirm")
    @Operation(summary = "确认抽取结果（确认后不可更改）")
    Draw confirm(@PathVariable long id) {
        return sampling.confirm(id);
    }

    @PostMapping("/draws/{id}/discard")
    @Operation(summary = "作废抽取结果（保留记录）")
    Draw discard(@PathVariable long id) {
        return sampling.discard(id);
    }

    @GetMapping("/draws/{id}/verification")
    @Operation(summary = "复核抽取：用记录的种子和快照重新计算并比较")
    DrawVerification verify(@PathVariable long id) {
        return sampling.verify(id);
    }

    /** An inspector's declared conflict of interest with an enterprise. */
    record ConflictRequest(String inspector, String uscc, String reason) {}

    @PostMapping("/conflicts")
    @Operation(summary = "登记检查员回避（利害关系）")
    ResponseEntity<Void> declareConflict(@RequestBody ConflictRequest request) {
        sampling.declareConflict(request.inspector(), request.uscc(), request.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/records")
    @Operation(summary = "新增抽样单", description = "sampleNo 不填时自动编号；drawId 填写时企业须在该次已确认抽取的名单中")
    ResponseEntity<Sample> createSample(@RequestBody SampleForm form) {
        Sample sample = sampling.createSample(form);
        return ResponseEntity.created(URI.create("/api/v1/sampling/records/" + sample.id()))
                .body(sample);
    }

    @GetMapping("/records")
    @Operation(
            summary = "抽样单（本账户范围）",
            description =
                    "verdict：CONFORMING、NONCONFORMING、UNDECIDED 或 PENDING（未出结果）；category 含下级分类；enterprise 为统一社会信用代码；year 为抽样年度")
    PageResult<SampleSummary> samples(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return sampling.samples(
                new SampleQuery(plan, verdict, region, q, category, enterprise, year), PageRequest.of(page, size));
    }

    @GetMapping("/records/{id}")
    @Operation(summary = "抽样单详情（含各轮检验结果）")
    Sample sample(@PathVariable long id) {
        return sampling.sample(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.SAMPLE_NOT_FOUND, id));
    }

    @org.springframework.web.bind.annotation.PutMapping("/records/{id}/results")
    @Operation(summary = "录入或更正一轮检验结果", description = "measured：以计划检验项目编号为键的检验结果（如 0.05、未检出、<0.01、符合）")
    Sample enterResults(@PathVariable long id, @RequestBody ResultsForm form) {
        return sampling.enterResults(id, form);
    }

    @GetMapping("/records/{id}/status")
    @Operation(summary = "抽样单的期限、复检申请、整改复查和公开情况")
    SampleStatus status(@PathVariable long id) {
        return sampling.status(id);
    }

    /** The date the enterprise was notified. */
    record NotifyRequest(java.time.LocalDate notifiedOn) {}

    @PostMapping("/records/{id}/notification")
    @Operation(summary = "登记已通知企业检验结论", description = "不合格时同时下达整改（60 日）和复查（75 日）期限")
    SampleStatus notifyEnterprise(@PathVariable long id, @RequestBody NotifyRequest request) {
        return sampling.notifyEnterprise(id, request.notifiedOn());
    }

    /** A re-test request. */
    record ObjectionRequest(String reason) {}

    @PostMapping("/records/{id}/objection")
    @Operation(summary = "申请复检（企业用户或代为登记）", description = "产品自通知之日起 15 日内，食品 7 个工作日内")
    SampleStatus fileObjection(@PathVariable long id, @RequestBody ObjectionRequest request) {
        return sampling.fileObjection(id, request.reason());
    }

    /** The decision on a re-test request. */
    record DecisionRequest(boolean accept, String note) {}

    @PostMapping("/records/{id}/objection/decision")
    @Operation(summary = "受理或驳回复检申请")
    SampleStatus decideObjection(@PathVariable long id, @RequestBody DecisionRequest request) {
        return sampling.decideObjection(id, request.accept(), request.note());
    }

    /** Rectification and follow-up check dates. */
    record FollowUpRequest(java.time.LocalDate rectifiedOn, java.time.LocalDate recheckedOn, Boolean recheckPassed) {}

    @PostMapping("/records/{id}/follow-up")
    @Operation(summary = "登记整改完成和复查结果")
    SampleStatus recordFollowUp(@PathVariable long id, @RequestBody FollowUpRequest request) {
        return sampling.recordFollowUp(id, request.rectifiedOn(), request.recheckedOn(), request.recheckPassed());
    }

    /** How many enterprises a batch notification notified. */
    record Notified(int notified) {}

    @PostMapping("/plans/{id}/notification")
    @Operation(summary = "批量通知企业：计划中报告日期不晚于通知日期、尚未通知的检验结论")
    Notified notifyPlan(@PathVariable long id, @RequestBody NotifyRequest request) {
        return new Notified(sampling.notifyReported(id, request.notifiedOn()));
    }

    /** How many results a publication made public. */
    record Published(int published) {}

    @PostMapping("/plans/{id}/publication")
    @Operation(summary = "公开计划中已确定的检验结论（异议期已过、无未决复检）")
    Published publish(@PathVariable long id) {
        return new Published(sampling.publish(id));
    }

    @GetMapping("/overdue")
    @Operation(summary = "逾期事项：整改、复查、结果公开")
    PageResult<OverdueItem> overdue(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return sampling.overdue(PageRequest.of(page, size));
    }

    @GetMapping("/pass-rates")
    @Operation(
            summary = "批次合格率（本账户范围）：各组合格数、抽检数、合格率、Wilson 95% 置信区间、同比变化、卡方齐性检验及标准化残差",
            description = "by：region（市州；region 为市州时为其县市区）、category、industry、placeType、level；year：年度；"
                    + "region：市州或县市区代码；kind：产品类别大类（如 FOOD、CONSUMER，可用逗号分隔）；level：计划层级")
    org.zhijian.sampling.PassRates passRates(
            @RequestParam(required = false) String by,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String level) {
        return sampling.passRates(new org.zhijian.sampling.PassRateQuery(by, year, region, kind, level));
    }

    /** The computed indicators, in an object (never a bare array). */
    record Indicators(int year, List<org.zhijian.sampling.QualityIndicator> items) {}

    @GetMapping("/indicators")
    @Operation(summary = "由抽检记录计算的规划指标：制造业产品、消费品、食品、农产品、基本药物合格率（未加权与按行业产值加权）")
    Indicators indicators(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region) {
        int y = year == null ? java.time.LocalDate.now().getYear() : year;
        return new Indicators(y, sampling.indicators(y, region));
    }
}
