package org.zhijian.injury.web;

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
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.RequestFields;

@RestController
@RequestMapping("/api/v1/injuries")
@Tag(name = "产品伤害")
class InjuryApi {

    private final InjuryManagement injuries;

    InjuryApi(InjuryManagement injuries) {
        this.injuries = injuries;
    }

    @GetMapping
    @Operation(
            summary = "产品伤害与事故，最新的在前（本账户范围）",
            description = "q：病例编号、产品、品牌、型号、危害或经过中的词；severity：1–4；source：医院监测、报告、媒体、其他；"
                    + "region：市州或县区代码；enterprise：生产者信用代码；批量导入：POST /api/v1/imports/injuries")
    PageResult<Injury> search(InjuryQuery query, Integer page, Integer size) {
        return injuries.search(query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个产品伤害病例")
    Injury find(@PathVariable long id) {
        return injuries.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    /** An officer's category and hazard type (code or name); blank hands the field back to the classifier. */
    record Classification(String categoryCode, String hazard) {}

    @PutMapping("/{id}/classification")
    @Operation(summary = "人工确定产品类别和危害类型（空值交回自动判断；留痕）")
    Injury classify(@PathVariable long id, @RequestBody Classification choice) {
        return injuries.classify(id, choice.categoryCode(), choice.hazard());
    }

    @PostMapping
    @Operation(summary = "登记一个病例（JSON，字段同导入模板的列键，如 case_no、occurred_on、county_code、severity、product、source）")
    ResponseEntity<Injury> register(@RequestBody Map<String, Object> body) {
        Map<String, String> fields = RequestFields.of(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(injuries.register(fields));
    }
}
