package org.zhijian.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhijian.algo.risk.RiskLevel;
import org.zhijian.algo.risk.RiskMatrix;
import org.zhijian.algo.risk.Scenario;

/**
 * An officer's injury scenarios for a hazard and the level the risk matrix gives them (the highest scenario
 * counts). Stored as text: a line {@code scenario<TAB>severity<TAB>vulnerable<TAB>description} followed by its
 * lines {@code step<TAB>probability<TAB>description}.
 */
public record Assessment(List<Scenario> scenarios, RiskMatrix.Assessment result) {

    public RiskLevel level() {
        return result.level();
    }

    public String format() {
        StringBuilder s = new StringBuilder();
        for (Scenario sc : scenarios) {
            s.append("scenario\t")
                    .append(sc.severity())
                    .append('\t')
                    .append(sc.vulnerable())
                    .append('\t')
                    .append(clean(sc.description()))
                    .append('\n');
            for (Scenario.Step step : sc.steps()) {
                s.append("step\t")
                        .append(String.format(Locale.ROOT, "%.10g", step.probability()))
                        .append('\t')
                        .append(clean(step.description()))
                        .append('\n');
            }
        }
        return s.toString();
    }

    /** Reads the stored text back (blank text: no scenarios). */
    public static List<Scenario> parse(String text) {
        List<Scenario> out = new ArrayList<>();
        String[] head = null;
        List<Scenario.Step> steps = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\n")) {
            String[] f = line.split("\t", 4);
            if (f[0].equals("scenario") && f.length == 4) {
                add(out, head, steps);
                head = f;
                steps = new ArrayList<>();
            } else if (f[0].equals("step") && f.length >= 3) {
                steps.add(new Scenario.Step(f[2], Double.parseDouble(f[1])));
            }
        }
        add(out, head, steps);
        return out;
    }

    private static void add(List<Scenario> out, String[] head, List<Scenario.Step> steps) {
        if (head != null && !steps.isEmpty()) {
            out.add(new Scenario(head[3], steps, Integer.parseInt(head[1]), Boolean.parseBoolean(head[2])));
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').strip();
    }
}
