package org.zhijian.algo.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The severity × probability matrix of the EU risk-assessment method (Commission Implementing Decision (EU)
 * 2019/417 Annex Part III, kept by Delegated Regulation (EU) 2024/3173 Annex II), as configuration: rows are
 * probability bands "greater than a lower bound", highest first; columns severities 1–4.
 *
 * <pre>
 *   P = Π step probabilities;  row = the first band with P > lower bound (the last band, lower bound 0, takes the rest)
 *   level(scenario) = cell(row, severity);  level(assessment) = the highest level over the scenarios
 * </pre>
 *
 * Edge cases: a probability exactly on a bound belongs to the band below (the table says "&gt; 1/10"); the matrix
 * must have a last band with lower bound 0 and four cells per band. The cells of {@link #EU_2019_417} still need
 * checking against the official text (one cell is confirmed: severity 1 above 1/1,000 is low), so the application
 * loads the matrix from a file it can replace.
 */
public final class RiskMatrix {

    /** The matrix as transcribed in {@code ../shared/specs/alert-recall-systems.md} §2 (lower bound; levels 1–4). */
    public static final String EU_2019_417 = """
            0.5,HIGH,SERIOUS,SERIOUS,SERIOUS
            0.1,MEDIUM,SERIOUS,SERIOUS,SERIOUS
            0.01,MEDIUM,SERIOUS,SERIOUS,SERIOUS
            0.001,LOW,HIGH,SERIOUS,SERIOUS
            0.0001,LOW,MEDIUM,HIGH,SERIOUS
            0.00001,LOW,LOW,MEDIUM,HIGH
            0.000001,LOW,LOW,LOW,MEDIUM
            0,LOW,LOW,LOW,LOW
            """;

    /** One band: probabilities above {@code lowerBound} and the level per severity 1–4. */
    public record Band(double lowerBound, List<RiskLevel> levels) {

        public Band {
            levels = List.copyOf(levels);
            if (levels.size() != 4) {
                throw new IllegalArgumentException("a band needs four levels, one per severity");
            }
        }
    }

    /** A scenario's probability and level. */
    public record Assessed(Scenario scenario, double probability, RiskLevel level) {}

    /** All scenarios assessed and the level that counts. */
    public record Assessment(List<Assessed> scenarios, RiskLevel level) {}

    private final List<Band> bands;

    public RiskMatrix(List<Band> bands) {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingDouble((Band b) -> b.lowerBound()).reversed());
        if (sorted.isEmpty() || sorted.get(sorted.size() - 1).lowerBound() != 0) {
            throw new IllegalArgumentException("the matrix needs a last band with lower bound 0");
        }
        this.bands = List.copyOf(sorted);
    }

    /** Reads lines "lowerBound,level1,level2,level3,level4" (levels by name or 低/中/高/严重); # starts a comment. */
    public static RiskMatrix parse(String text) {
        List<Band> bands = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || Character.isLetter(l.charAt(0))) {
                continue;
            }
            String[] f = l.split(",");
            if (f.length != 5) {
                throw new IllegalArgumentException("each band needs a lower bound and four levels: " + l);
            }
            List<RiskLevel> levels = new ArrayList<>();
            for (int i = 1; i < 5; i++) {
                levels.add(RiskLevel.parse(f[i]));
            }
            bands.add(new Band(Double.parseDouble(f[0].strip()), levels));
        }
        return new RiskMatrix(bands);
    }

    public List<Band> bands() {
        return bands;
    }

    public RiskLevel level(double probability, int severity) {
        if (severity < 1 || severity > 4) {
            throw new IllegalArgumentException("severity must be 1 to 4");
        }
        for (Band b : bands) {
            if (probability > b.lowerBound()) {
                return b.levels().get(severity - 1);
            }
        }
        return bands.get(bands.size() - 1).levels().get(severity - 1);
    }

    /** Each scenario's level; the highest counts. */
    public Assessment assess(List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("an assessment needs at least one scenario");
        }
        List<Assessed> assessed = scenarios.stream()
                .map(s -> new Assessed(s, s.probability(), level(s.probability(), s.severity())))
                .toList();
        RiskLevel highest = assessed.stream()
                .map(Assessed::level)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return new Assessment(assessed, highest);
    }
}
