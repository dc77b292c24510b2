package org.zhijian.risk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.CsvText;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.risk.DetectionMethod;
import org.zhijian.risk.DetectionOutcome;
import org.zhijian.risk.SeriesDetection;

/**
 * The analyst's page: upload a weekly series, pick a method and parameters (R's names), see the chart with the
 * threshold band and alarms, and download the result — the same code path as {@code ./zhijian detect series}.
 */
@Controller
@RequestMapping("/risk/detection")
class DetectionPages {

    private final SeriesDetection detection;

    DetectionPages(SeriesDetection detection) {
        this.detection = detection;
    }

    @GetMapping
    String form(Model model) {
        return page(model, "earsC1", "", null, null, "");
    }

    @PostMapping
    String run(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String series,
            @RequestParam String method,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "") String params,
            Model model)
            throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        byte[] bytes = uploaded ? file.getBytes() : (series == null ? "" : series).getBytes(StandardCharsets.UTF_8);
        String text = CsvText.decode(bytes);
        try {
            DetectionOutcome outcome = detection.detect(bytes, method(method), from, to, DetectionParams.parse(params));
            model.addAttribute("outcome", outcome);
            model.addAttribute("chart", DetectionChart.of(outcome));
        } catch (BusinessRuleViolation e) {
            model.addAttribute("problem", e);
        }
        return page(model, method, text, from, to, params);
    }

    @PostMapping("/csv")
    ResponseEntity<byte[]> csv(
            @RequestParam String series,
            @RequestParam String method,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "") String params) {
        DetectionOutcome outcome = detection.detect(
                series.getBytes(StandardCharsets.UTF_8), method(method), from, to, DetectionParams.parse(params));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("detection-" + outcome.method().key() + ".csv")
                                .build()
                                .toString())
                .body(detection.csv(outcome).getBytes(StandardCharsets.UTF_8));
    }

    static DetectionMethod method(String key) {
        return DetectionMethod.parse(key)
                .orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, "未知方法 " + key));
    }

    private String page(Model model, String method, String series, Integer from, Integer to, String params) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("method", method);
        form.put("series", series);
        form.put("from", from == null ? "" : from.toString());
        form.put("to", to == null ? "" : to.toString());
        form.put("params", params);
        model.addAttribute("form", form);
        model.addAttribute("methods", DetectionMethod.values());
        model.addAttribute("crumbs", List.of(Crumb.hereAs("nav.detection")));
        return "risk/detection";
    }
}
