package org.zhijian.recall.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.recall.Recall;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;

@RestController
@RequestMapping("/api/v1/recalls")
@Tag(name = "召回")
class RecallApi {

    private final RecallManagement recalls;

    RecallApi(RecallManagement recalls) {
        this.recalls = recalls;
    }

    @GetMapping
    @Operation(
            summary = "国内外召回，最新的在前，带总数",
            description = "source：DOMESTIC、OPENFDA、RASFF、CPSC、FOREIGN（或中文名）；country：原产国（如 China）；"
                    + "q：产品、品牌、型号、危害、生产者、编号中的词（多个词须全部出现）；link：关联状态 LINKED、MATCHED、UNRESOLVED；enterprise：关联企业信用代码；category：产品类别代码（含下级，按关键词自动判断）；"
                    + "page 从 1 开始，size ≤ 500。"
                    + "导入：POST /api/v1/imports/recalls?format=openfda|rasff|cpsc|template")
    PageResult<Recall> search(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return recalls.search(
                new RecallQuery(source, country, q, link, enterprise, category), PageRequest.of(page, size));
    }

    @org.springframework.web.bind.annotation.PostMapping
    @Operation(
            summary = "登记一条召回（JSON，字段同导入模板的列键，如 source、reference、recalled_on、product、manufacturer、"
                    + "county_code；国内召回只能登记本账户范围的县区；留痕）")
    org.springframework.http.ResponseEntity<Recall> register(
            @org.springframework.web.bind.annotation.RequestBody java.util.Map<String, Object> body) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        body.forEach((k, v) -> fields.put(k, v == null ? null : v.toString()));
        return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(recalls.register(fields));
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "国内召回的生产者可能是名录中的哪些企业（0–1 分，≥ 0.9 视为同一企业）")
    PageResult<org.zhijian.enterprise.NameCandidate> candidates(@PathVariable long id) {
        var found = recalls.candidates(id);
        return new PageResult<>(found, found.size(), 1, Math.max(1, found.size())); // the best ten: one page
    }

    /** The registered enterprise an officer links a recall to. */
    record LinkRequest(String uscc) {}

    @org.springframework.web.bind.annotation.PostMapping("/{id}/link")
    @Operation(summary = "确认或更正国内召回关联的企业（留痕）")
    Recall link(@PathVariable long id, @org.springframework.web.bind.annotation.RequestBody LinkRequest request) {
        return recalls.link(id, request.uscc());
    }

    @GetMapping("/watch")
    @Operation(
            summary = "国外召回关注：原产地为中国的国外召回匹配到的本省企业",
            description = "status：NEW、FOLLOWING、DISMISSED（不填为全部）；page 从 1 开始")
    PageResult<org.zhijian.recall.WatchMatch> watch(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return recalls.watchMatches(status, PageRequest.of(page, size));
    }

    /** How an officer handles a watch match. */
    record WatchDecision(String status) {}

    @org.springframework.web.bind.annotation.PostMapping("/watch/{recallId}/{uscc}")
    @Operation(summary = "跟进（FOLLOWING）或排除（DISMISSED）一条匹配（留痕）")
    org.springframework.http.ResponseEntity<Void> decide(
            @PathVariable long recallId,
            @PathVariable String uscc,
            @org.springframework.web.bind.annotation.RequestBody WatchDecision decision) {
        recalls.decideWatch(recallId, uscc, decision.status());
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条召回")
    Recall find(@PathVariable long id) {
        return recalls.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }
}
