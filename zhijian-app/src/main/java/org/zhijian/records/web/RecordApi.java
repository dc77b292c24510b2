package org.zhijian.records.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.web.RequestFields;
import org.zhijian.records.RecordErrors;
import org.zhijian.records.RecordFilter;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RecordManagement;
import org.zhijian.records.RecordRow;

@RestController
@RequestMapping("/api/v1/records/{key}")
@Tag(name = "记录类型（通用）")
class RecordApi {

    private final RecordManagement records;

    RecordApi(RecordManagement records) {
        this.records = records;
    }

    @GetMapping
    @Operation(
            summary = "一类记录（没有专门页面的记录类型，如 accidents），最新的在前（本账户范围）",
            description = "q：可检索字段中的词；region：市州或县区代码；category：产品类别代码（含下级）；page 从 1 开始，size ≤ 500。"
                    + "字段同导入模板的列键；批量导入：POST /api/v1/imports/{key}")
    PageResult<RecordRow> list(@PathVariable String key, RecordFilter filter, Integer page, Integer size) {
        return records.list(kind(key), filter, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条记录")
    RecordRow find(@PathVariable String key, @PathVariable long id) {
        return records.find(kind(key), id)
                .orElseThrow(() -> new BusinessRuleViolation(RecordErrors.NOT_FOUND, key + "/" + id));
    }

    @PostMapping
    @Operation(summary = "登记一条记录（JSON，字段同导入模板的列键；与文件中的一行同样检查）")
    @Transactional
    ResponseEntity<RecordRow> register(@PathVariable String key, @RequestBody Map<String, Object> body) {
        RecordKind kind = kind(key);
        Map<String, String> fields = RequestFields.of(body);
        long id = records.register(kind, fields, RecordErrors.INVALID, RecordErrors.DUPLICATE);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(records.find(kind, id).orElseThrow());
    }

    /** An officer's category and hazard type (code or name); blank hands the field back to the classifier. */
    record Classification(String categoryCode, String hazard) {}

    @PutMapping("/{id}/classification")
    @Operation(summary = "人工确定产品类别和危害类型（空值交回自动判断）")
    @Transactional
    ClassifiedAs classify(@PathVariable String key, @PathVariable long id, @RequestBody Classification choice) {
        RecordKind kind = kind(key);
        find(key, id);
        return records.classify(kind, id, choice.categoryCode(), choice.hazard(), RecordErrors.INVALID);
    }

    private RecordKind kind(String key) {
        return records.kind(key)
                .filter(k -> !k.hasOwnPages() && k.imported())
                .orElseThrow(() -> new BusinessRuleViolation(RecordErrors.NOT_FOUND, key));
    }
}
