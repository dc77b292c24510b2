package org.zhijian.classification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhijian.algo.text.Keyword;
import org.zhijian.algo.text.KeywordClassifier;
import org.zhijian.algo.text.LabelScore;
import org.zhijian.classification.HazardType;
import org.zhijian.classification.Suggestion;

/**
 * The category and hazard dictionaries of one moment, applied to a product name and a description: the product's
 * scores count {@link #PRODUCT_WEIGHT} times, the best label needs {@link #MIN_SCORE} (one whole-word term of
 * weight 1), and a description without any hazard term is {@link HazardType#NONE}.
 */
final class DescriptionClassifier {

    static final double PRODUCT_WEIGHT = 2;
    static final double MIN_SCORE = 1;

    private final KeywordClassifier categories;
    private final KeywordClassifier hazards;

    DescriptionClassifier(Collection<Keyword> categoryKeywords, Collection<Keyword> hazardKeywords) {
        this.categories = new KeywordClassifier(categoryKeywords);
        this.hazards = new KeywordClassifier(hazardKeywords);
    }

    Suggestion suggest(List<String> productWords, List<String> descriptionWords) {
        List<LabelScore> category = rank(categories, productWords, descriptionWords);
        List<LabelScore> hazard = rank(hazards, productWords, descriptionWords);
        LabelScore c = best(category);
        LabelScore h = best(hazard);
        return new Suggestion(
                c == null ? null : c.label(),
                c == null ? 0 : c.score(),
                c == null ? List.of() : c.terms(),
                h == null ? HazardType.NONE : h.label(),
                h == null ? 0 : h.score(),
                h == null ? List.of() : h.terms());
    }

    List<LabelScore> rankCategories(List<String> productWords, List<String> descriptionWords) {
        return rank(categories, productWords, descriptionWords);
    }

    List<LabelScore> rankHazards(List<String> productWords, List<String> descriptionWords) {
        return rank(hazards, productWords, descriptionWords);
    }

    private static LabelScore best(List<LabelScore> ranking) {
        return ranking.isEmpty() || ranking.get(0).score() < MIN_SCORE ? null : ranking.get(0);
    }

    /** The product's ranking weighted, merged with the description's; the product's order wins ties. */
    private static List<LabelScore> rank(KeywordClassifier classifier, List<String> product, List<String> text) {
        Map<String, LabelScore> merged = new LinkedHashMap<>();
        for (LabelScore s : classifier.rank(product)) {
            merged.put(s.label(), new LabelScore(s.label(), s.score() * PRODUCT_WEIGHT, s.terms()));
        }
        for (LabelScore s : classifier.rank(text)) {
            merged.merge(s.label(), s, (a, b) -> {
                List<String> terms = new ArrayList<>(a.terms());
                terms.addAll(b.terms());
                return new LabelScore(a.label(), a.score() + b.score(), terms);
            });
        }
        List<LabelScore> result = new ArrayList<>(merged.values());
        result.sort(Comparator.comparingDouble(s -> -s.score()));
        return result;
    }
}
