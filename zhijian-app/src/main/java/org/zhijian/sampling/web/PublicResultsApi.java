package org.zhijian.sampling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.sampling.PublishedResult;
import org.zhijian.sampling.SamplingManagement;

/** Published sampling results for everyone (一公开); no sign-in. */
@RestController
@Tag(name = "公开信息")
class PublicResultsApi {

    private final SamplingManagement sampling;

    PublicResultsApi(SamplingManagement sampling) {
        this.sampling = sampling;
    }

    @GetMapping("/api/v1/public/sampling-results")
    @Operation(
            summary = "已公开的监督抽查结果（无需登录）",
            description = "q：产品、商标、生产者或信用代码片段；verdict：CONFORMING 或 NONCONFORMING；region：市州或县市区代码；year：计划年度")
    PageResult<PublishedResult> results(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String verdict,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return sampling.published(q, verdict, region, year, PageRequest.of(page, size));
    }
}
