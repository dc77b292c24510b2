package org.zhijian.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PlatformErrors;

/** Parameters typed as {@code NAME=VALUE}, one per line or separated by semicolons. */
final class DetectionParams {

    private DetectionParams() {}

    static Map<String, String> parse(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : (text == null ? "" : text).split("[\\n;]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new BusinessRuleViolation(PlatformErrors.BAD_REQUEST, "参数须写成 NAME=VALUE：" + part.strip());
            }
            params.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return params;
    }
}
