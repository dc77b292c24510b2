package org.zhijian.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhijian.algo.risk.Scenario;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.risk.ScenarioInput;

/**
 * Turns an officer's scenarios into the algorithm's: each step line ends with its probability written {@code 1/10},
 * {@code 1:10}, {@code 0.1} or {@code 10%}. Scenarios left empty are skipped; errors name the scenario and line.
 */
final class ScenarioParser {

    private static final Pattern PROBABILITY =
            Pattern.compile("^(.*?)[\\s,，：:]*(\\d+(?:\\.\\d+)?)\\s*(?:([/:])\\s*(\\d+(?:\\.\\d+)?)|(%))?\\s*$");

    private ScenarioParser() {}

    static List<Scenario> parse(List<ScenarioInput> inputs) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScenarioInput in = inputs.get(i);
            boolean empty = (in.description() == null || in.description().isBlank())
                    && (in.steps() == null || in.steps().isBlank());
            if (!empty) {
                scenario(i + 1, in, problems).ifPresent(scenarios::add);
            }
        }
        if (scenarios.isEmpty() && problems.isEmpty()) {
            problems.add("至少填写一个伤害情景");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(RiskErrors.INVALID, String.join("；", problems));
        }
        return scenarios;
    }

    private static java.util.Optional<Scenario> scenario(int n, ScenarioInput in, List<String> problems) {
        int before = problems.size();
        if (in.severity() == null || in.severity() < 1 || in.severity() > 4) {
            problems.add("情景 " + n + "：严重程度应为 1–4");
        }
        List<Scenario.Step> steps = new ArrayList<>();
        String[] lines = in.steps() == null ? new String[0] : in.steps().split("\\R");
        for (int l = 0; l < lines.length; l++) {
            if (!lines[l].isBlank()) {
                step(lines[l].strip(), "情景 " + n + " 第 " + (l + 1) + " 行", problems)
                        .ifPresent(steps::add);
            }
        }
        if (steps.isEmpty()) {
            problems.add("情景 " + n + "：至少一步，每行写“描述 概率”，如“儿童取下小零件 1/10”");
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        String description = in.description() == null || in.description().isBlank()
                ? "情景 " + n
                : in.description().strip();
        return java.util.Optional.of(new Scenario(description, steps, in.severity(), in.vulnerable()));
    }

    private static java.util.Optional<Scenario.Step> step(String line, String where, List<String> problems) {
        Matcher m = PROBABILITY.matcher(line);
        if (!m.matches()) {
            problems.add(where + "：末尾应写概率，如 1/10、0.1 或 10%（“" + line + "”）");
            return java.util.Optional.empty();
        }
        double a = Double.parseDouble(m.group(2));
        double p = m.group(3) != null ? a / Double.parseDouble(m.group(4)) : m.group(5) != null ? a / 100 : a;
        if (!(p > 0 && p <= 1) || Double.isInfinite(p)) {
            problems.add(where + "：概率应大于 0 且不超过 1（“" + line + "”）");
            return java.util.Optional.empty();
        }
        String description = m.group(1).strip();
        return java.util.Optional.of(new Scenario.Step(description.isEmpty() ? line : description, p));
    }
}
