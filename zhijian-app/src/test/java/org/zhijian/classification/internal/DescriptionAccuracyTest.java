package org.zhijian.classification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.text.Keyword;
import org.zhijian.classification.Suggestion;

/**
 * The seed dictionaries on the labelled descriptions in {@code classification/descriptions.csv}: 351 complaint and
 * injury descriptions written for the test, each with the category and hazard type an officer would pick. The
 * dictionaries were tuned on the rows marked {@code tuning}; the {@code held-out} third was only measured.
 */
class DescriptionAccuracyTest {

    record Labelled(String description, String category, String hazard, String split) {}

    record Outcome(Labelled row, Suggestion suggestion) {
        boolean categoryRight() {
            return Objects.equals(row.category(), suggestion.categoryCode());
        }

        boolean hazardRight() {
            return row.hazard().equals(suggestion.hazardCode());
        }
    }

    private static List<Outcome> outcomes;

    @BeforeAll
    static void classifyAll() throws IOException {
        List<Keyword> categories = SeedKeywords.read(SeedKeywords.CATEGORIES);
        List<Keyword> hazards = SeedKeywords.read(SeedKeywords.HAZARDS);
        DescriptionClassifier classifier = new DescriptionClassifier(categories, hazards);
        HanlpWords words = new HanlpWords(java.util.stream.Stream.concat(categories.stream(), hazards.stream())
                .map(Keyword::term)
                .toList());
        try (var in = new InputStreamReader(
                DescriptionAccuracyTest.class.getResourceAsStream("/classification/descriptions.csv"),
                StandardCharsets.UTF_8)) {
            outcomes = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(r -> new Labelled(r.get(0), r.get(1), r.get(2), r.get(3)))
                    .map(l -> new Outcome(l, classifier.suggest(List.of(), words.of(l.description()))))
                    .toList();
        }
        outcomes.stream()
                .filter(o -> !o.categoryRight() || !o.hazardRight())
                .forEach(o -> System.out.printf(
                        "%s\t%s→%s\t%s→%s\t%s%n",
                        o.row().split(),
                        o.row().category(),
                        o.suggestion().categoryCode(),
                        o.row().hazard(),
                        o.suggestion().hazardCode(),
                        o.row().description()));
        for (String split : List.of("tuning", "held-out")) {
            List<Outcome> part = part(split);
            System.out.printf(
                    "%s: %d descriptions, category top-1 %.3f, hazard top-1 %.3f%n",
                    split, part.size(), share(part, Outcome::categoryRight), share(part, Outcome::hazardRight));
        }
    }

    private static List<Outcome> part(String split) {
        return outcomes.stream().filter(o -> split.equals(o.row().split())).toList();
    }

    private static double share(List<Outcome> list, java.util.function.Predicate<Outcome> right) {
        return list.stream().filter(right).count() / (double) list.size();
    }

    @Test
    void the_labelled_set_has_at_least_300_descriptions() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void at_least_85_percent_get_the_right_category_first() {
        assertThat(share(outcomes, Outcome::categoryRight)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void the_held_out_third_also_reaches_85_percent() {
        assertThat(share(part("held-out"), Outcome::categoryRight)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void at_least_70_percent_get_the_right_hazard_type() {
        assertThat(share(outcomes, Outcome::hazardRight)).isGreaterThanOrEqualTo(0.70);
    }
}
