package org.zhijian.risk.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configurable risk-monitoring rules ({@code zhijian.risk.*}); the deadlines are [U] in
 * ../shared/specs/alert-recall-systems.md and follow the 24-hour rule for serious risks that RASFF and Safety Gate
 * apply.
 *
 * @param methods the detection methods of the daily run: EARS C2 (short history, 7 weeks after a 2-week guard band)
 *     and Farrington Flexible (where 5 years of history exist); R's C3 is left out by default because its threshold
 *     moves with the current count (it alarms only on the weeks before)
 * @param params parameters per method, by R's names, e.g. {@code zhijian.risk.params[earsC2].minSigma=0.5} (the
 *     default for earsC2; a method given here replaces its defaults)
 * @param minCases a week with fewer cases raises no signal, whatever the method says (sparse series)
 * @param historyWeeks the weeks of history read for each series
 * @param autoWarnings whether the run raises a warning (待研判) for each signal not explained by a narrower one
 * @param sourceLevels the preliminary risk level of warnings from each source (default MEDIUM)
 * @param triage time to triage (研判) by preliminary level
 * @param handling time from triage to closing by assessed level
 * @param referralReplyDays days a region has to reply to a referral for follow-up
 * @param matrix the risk matrix file
 */
@ConfigurationProperties("zhijian.risk")
public record RiskSettings(
        List<String> methods,
        Map<String, Map<String, String>> params,
        Integer minCases,
        Integer historyWeeks,
        Boolean autoWarnings,
        Map<String, String> sourceLevels,
        Map<String, Duration> triage,
        Map<String, Duration> handling,
        Integer referralReplyDays,
        String matrix) {

    public RiskSettings {
        methods = methods == null ? List.of("earsC2", "farringtonFlexible") : List.copyOf(methods);
        Map<String, Map<String, String>> merged = new java.util.HashMap<>();
        merged.put("earsC2", Map.of("minSigma", "0.5"));
        if (params != null) {
            merged.putAll(params);
        }
        params = Map.copyOf(merged);
        minCases = minCases == null ? 3 : minCases;
        historyWeeks = historyWeeks == null ? 312 : historyWeeks;
        autoWarnings = autoWarnings == null ? Boolean.TRUE : autoWarnings;
        sourceLevels = sourceLevels == null ? Map.of("INJURY_SEVERE", "HIGH") : Map.copyOf(sourceLevels);
        triage = triage == null
                ? Map.of(
                        "SERIOUS", Duration.ofHours(24),
                        "HIGH", Duration.ofHours(72),
                        "MEDIUM", Duration.ofDays(7),
                        "LOW", Duration.ofDays(15))
                : Map.copyOf(triage);
        handling = handling == null
                ? Map.of(
                        "SERIOUS", Duration.ofDays(7),
                        "HIGH", Duration.ofDays(15),
                        "MEDIUM", Duration.ofDays(30),
                        "LOW", Duration.ofDays(60))
                : Map.copyOf(handling);
        referralReplyDays = referralReplyDays == null ? 15 : referralReplyDays;
        matrix = matrix == null ? "classpath:masterdata/risk-matrix-eu.txt" : matrix;
        if (minCases < 1 || historyWeeks < 8) {
            throw new IllegalArgumentException("zhijian.risk: min-cases ≥ 1 and history-weeks ≥ 8");
        }
    }

    Map<String, String> params(String method) {
        return params.getOrDefault(method, Map.of());
    }

    Duration triage(String level) {
        return triage.getOrDefault(level, Duration.ofDays(7));
    }

    Duration handling(String level) {
        return handling.getOrDefault(level, Duration.ofDays(30));
    }
}
