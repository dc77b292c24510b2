package org.zhijian.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.SeriesDetection;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险监测预警")
class DetectionApi {

    private final SeriesDetection detection;

    DetectionApi(SeriesDetection detection) {
        this.detection = detection;
    }

    @PostMapping(path = "/detection", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "对上传的周序列运行检测方法（与 R surveillance 1.20 一致）",
            description = "file：CSV，列 week_index,observed；method：earsC1、earsC2、earsC3、farrington、farringtonFlexible、"
                    + "cusum、glrpois；from、to：检测的周（可空）；params：NAME=VALUE，分号或换行分隔，名称同 R 的 control 列表。"
                    + "decided 为 false 的周未评估（R 的 NA）；upperbound 为 NaN 而 decided 为 true 的周不计算阈值、不报警（如近 4 周病例少于 5）。")
    DetectionOutcome detect(
            @RequestParam("file") MultipartFile file,
            @RequestParam String method,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "") String params)
            throws IOException {
        return detection.detect(
                file.getBytes(), DetectionPages.method(method), from, to, DetectionParams.parse(params));
    }
}
