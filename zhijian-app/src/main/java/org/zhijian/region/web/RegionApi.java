package org.zhijian.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "行政区划", description = "GB/T 2260 省、市州、县市区（公开）")
class RegionApi {

    private final RegionManagement regions;

    RegionApi(RegionManagement regions) {
        this.regions = regions;
    }

    @GetMapping
    @Operation(
            summary = "按级别和上级查询区划",
            description = "level=province|prefecture|county；parent=上级代码；page 从 1 开始，size ≤ 500")
    PageResult<RegionView> list(
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        RegionLevel wanted = level == null || level.isBlank()
                ? null
                : RegionLevel.fromKey(level)
                        .orElseThrow(() -> new BusinessRuleViolation(RegionErrors.UNKNOWN_LEVEL, level));
        List<RegionView> all = regions.find(wanted, parent == null || parent.isBlank() ? null : parent).stream()
                .map(RegionView::of)
                .toList();
        return PageResult.slice(all, PageRequest.of(page, size));
    }

    @GetMapping("/{code}")
    @Operation(summary = "查询一个区划")
    RegionView one(@PathVariable String code) {
        return regions.findByCode(code)
                .map(RegionView::of)
                .orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, code));
    }

    record RegionView(String code, String name, String level, String parent) {
        static RegionView of(Region r) {
            return new RegionView(r.code(), r.name(), r.level().key(), r.parent());
        }
    }
}
