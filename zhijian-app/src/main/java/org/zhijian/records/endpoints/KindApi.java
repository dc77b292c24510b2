package org.zhijian.records.endpoints;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.web.RequestFields;
import org.zhijian.records.KindFacade;

/**
 * {@code GET {api}} (the list, filtered by the kind's query), {@code GET {api}/{id}} and {@code POST {api}} of a
 * kind's API; the controller maps {@code {api}}. Their descriptions come from the messages {@code api.KEY.search}
 * etc., {@code KEY} the last segment of {@code {api}}.
 */
public interface KindApi<R, Q> {

    /** The kind's facade. */
    KindFacade<R, Q> records();

    @GetMapping
    @Operation(summary = "列表，最新的在前（本账户范围）；page 从 1 开始，size ≤ 500")
    default PageResult<R> search(Q query, Integer page, Integer size) {
        return records().search(query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "按 id 取一条记录（本账户范围）")
    default R find(@PathVariable long id) {
        return records().get(id);
    }

    @PostMapping
    @Operation(summary = "登记一条记录（JSON，字段同导入模板的列键；逐项检查，有误时列出每一项）")
    default ResponseEntity<R> register(@RequestBody Map<String, Object> body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(records().register(RequestFields.of(body)));
    }
}
