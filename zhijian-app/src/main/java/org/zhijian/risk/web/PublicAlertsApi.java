package org.zhijian.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.risk.ConsumerAlert;
import org.zhijian.risk.Warnings;

/** Published consumer alerts (消费提示) for everyone; no sign-in. */
@RestController
@Tag(name = "公开信息")
class PublicAlertsApi {

    private final Warnings warnings;

    PublicAlertsApi(Warnings warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/api/v1/public/consumer-alerts")
    @Operation(summary = "已发布的消费提示，最新的在前（无需登录）", description = "q：标题或正文中的词")
    PageResult<ConsumerAlert> alerts(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return warnings.consumerAlerts(q, PageRequest.of(page, size));
    }
}
