package org.zhijian.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.IndicatorPlan;
import org.zhijian.indicator.IndicatorProgressView;
import org.zhijian.indicator.IndicatorValue;
import org.zhijian.indicator.NewIndicatorValue;
import org.zhijian.platform.PageResult;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "规划指标")
class IndicatorApi {

    private final IndicatorManagement indicators;

    IndicatorApi(IndicatorManagement indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    @Operation(
            summary = "规划指标及其进展：基期值、目标值、比较方式、属性、最新值、按线性轨迹的期望值和状态",
            description = "plan：规划代码，默认 HN-14（湖南省“十四五”质量强省规划）；year：截至哪一年，默认今年；region：市州代码，默认全省。"
                    + "状态：MET 已达标、ON_TRACK 正常、BEHIND 滞后、WARNING 预警（约束性指标落后即预警）、NO_DATA 无数据、NO_TARGET 目标待定")
    PageResult<IndicatorProgressView> progress(
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region) {
        return all(indicators.progress(plan, year, region));
    }

    @GetMapping("/plans")
    @Operation(summary = "规划")
    PageResult<IndicatorPlan> plans() {
        return all(indicators.plans());
    }

    @GetMapping("/{id}/values")
    @Operation(summary = "一项指标在某地区的全部填报值（含历史），region 默认全省")
    PageResult<IndicatorValue> values(@PathVariable long id, @RequestParam(required = false) String region) {
        return all(indicators.values(id, region));
    }

    @PostMapping("/{id}/values")
    @Operation(
            summary = "填报一项指标某年某地区（全省或市州）的值；比率可填分子、分母",
            description = "year、regionCode、value 或 numerator+denominator、nationalTarget（国家考核目标类指标）、note（与上年相比变化较大时必填）")
    ResponseEntity<IndicatorValue> record(@PathVariable long id, @RequestBody NewIndicatorValue value) {
        return ResponseEntity.status(HttpStatus.CREATED).body(indicators.record(id, value));
    }

    @GetMapping("/{id}/prefectures")
    @Operation(summary = "一项指标在各市州的最新值和状态（地图用）")
    PageResult<org.zhijian.indicator.RegionStatus> prefectures(
            @PathVariable long id, @RequestParam(required = false) Integer year) {
        return all(indicators.byPrefecture(id, year));
    }

    @PostMapping(path = "/plans", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "新增规划及其指标（省级）：file 为 CSV，列同随附的十四五规划文件（no, domain_zh, name_zh, unit, baseline_year,"
                    + " baseline_value, target_year, target_comparator, target_value, attribute_zh 等）；全部校验通过才保存")
    ResponseEntity<IndicatorPlan> addPlan(
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam int startYear,
            @RequestParam int endYear,
            @RequestParam org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(indicators.addPlan(code, name, startYear, endYear, file.getBytes()));
    }

    private static <T> PageResult<T> all(List<T> items) {
        return new PageResult<>(items, items.size(), 1, Math.max(1, items.size()));
    }
}
