package org.zhijian.classification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.Explanation;
import org.zhijian.classification.HazardType;
import org.zhijian.classification.KeywordDictionary;
import org.zhijian.classification.KeywordEntry;
import org.zhijian.classification.NewKeyword;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;

@RestController
@RequestMapping("/api/v1/classification")
@Tag(name = "行业与产品分类")
class KeywordApi {

    private final DescriptionClassification descriptions;

    KeywordApi(DescriptionClassification descriptions) {
        this.descriptions = descriptions;
    }

    /** A product name (may be empty) and a description to classify. */
    record Text(String product, String description) {}

    @PostMapping("/suggestions")
    @Operation(summary = "对一段投诉或伤害描述分词并给出产品类别和危害类型（含各候选得分与命中关键词）")
    Explanation suggest(@RequestBody Text text) {
        return descriptions.explain(text.product(), text.description());
    }

    @GetMapping("/hazard-types")
    @Operation(summary = "危害类型（参照欧盟 Safety Gate 风险类型；NONE 为无明显安全危害）")
    PageResult<HazardType> hazardTypes() {
        return PageResult.slice(descriptions.hazardTypes(), PageRequest.of(1, PageRequest.MAX_SIZE));
    }

    @GetMapping("/keywords")
    @Operation(summary = "关键词词典：dictionary 为 CATEGORY 或 HAZARD，label 为类别或危害代码（可空）")
    PageResult<KeywordEntry> keywords(
            @RequestParam(defaultValue = "CATEGORY") String dictionary,
            @RequestParam(required = false) String label,
            Integer page,
            Integer size) {
        return PageResult.slice(descriptions.keywords(dictionary(dictionary), label), PageRequest.of(page, size));
    }

    @PostMapping("/keywords")
    @Operation(summary = "加入关键词（权重 0.1–5，默认 1；留痕；自动判断的记录随后重新分类）")
    ResponseEntity<KeywordEntry> add(@RequestBody NewKeyword keyword) {
        if (keyword.dictionary() == null) {
            throw new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, "dictionary 须为 CATEGORY 或 HAZARD");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(descriptions.addKeyword(keyword));
    }

    @DeleteMapping("/keywords/{id}")
    @Operation(summary = "删除关键词（预置词删除后不会在重启时恢复；留痕）")
    ResponseEntity<Void> remove(@PathVariable long id) {
        descriptions.removeKeyword(id);
        return ResponseEntity.noContent().build();
    }

    private static KeywordDictionary dictionary(String text) {
        return KeywordDictionary.parse(text)
                .orElseThrow(
                        () -> new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, "dictionary 须为 CATEGORY 或 HAZARD"));
    }
}
