package org.zhijian.algo.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks labels for a segmented text by the dictionary terms found in it.
 *
 * <pre>
 *   score(label) = Σ over accepted matches m of a term of the label: weight(term, label) × factor(m)
 *   factor(m)    = 1 when m ends where a word ends (the whole word, several whole words, or a Chinese word's tail:
 *                  Chinese compounds put the head last, so 玩具 in 电动玩具 is the thing itself; a Latin word's tail
 *                  is not, so range in orange is not a range), else {@link #UNALIGNED}
 *   accepted     = aligned matches before unaligned ones, and among them the longest first, each kept only if
 *                  it overlaps no match kept before (婴儿米粉 hides the 米粉 inside it; a term the segmenter cut
 *                  across only fills a gap the aligned terms left)
 * </pre>
 *
 * Ties in score go to the label with the longer matched term, then to the one mentioned first, then by label.
 * The segmentation only decides alignment: a term is still found, at a lower factor, where the segmenter cut
 * across it, so a segmentation error costs weight, not the match. Terms and words are compared after NFKC
 * normalisation (full-width letters and digits become half-width) and lower-casing.
 *
 * <p>Edge cases: no words, or no term found, gives an empty ranking; one term may serve several labels (each gets
 * its own weight); a term occurring twice counts twice.
 */
public final class KeywordClassifier {

    /** The factor of a match the segmenter cut across. */
    public static final double UNALIGNED = 0.5;

    private final Map<String, List<Keyword>> byTerm = new HashMap<>();
    private final int longest;

    public KeywordClassifier(Collection<Keyword> keywords) {
        int max = 0;
        for (Keyword k : keywords) {
            String term = normalize(k.term());
            byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(k);
            max = Math.max(max, term.length());
        }
        longest = max;
    }

    /** The number of distinct terms. */
    public int size() {
        return byTerm.size();
    }

    /** Every label with a term in the text, best first. */
    public List<LabelScore> rank(List<String> words) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Match m : matches(words)) {
            for (Keyword k : byTerm.get(m.term())) {
                tallies.computeIfAbsent(k.label(), Tally::new).add(k.weight() * m.factor(), m);
            }
        }
        return tallies.values().stream()
                .sorted(Comparator.comparingDouble((Tally t) -> -t.score)
                        .thenComparingInt(t -> -t.longest)
                        .thenComparingInt(t -> t.first)
                        .thenComparing(t -> t.label))
                .map(t -> new LabelScore(t.label, t.score, t.terms))
                .toList();
    }

    /** The best label if its score reaches {@code minScore}. */
    public Optional<LabelScore> best(List<String> words, double minScore) {
        List<LabelScore> ranking = rank(words);
        return ranking.isEmpty() || ranking.get(0).score() < minScore ? Optional.empty() : Optional.of(ranking.get(0));
    }

    /** The accepted matches in text order. */
    public List<Match> matches(List<String> words) {
        StringBuilder text = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String w : words) {
            starts.add(text.length());
            text.append(normalize(w));
            ends.add(text.length());
        }
        boolean[] wordStart = flags(starts, text.length());
        boolean[] wordEnd = flags(ends, text.length());
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (int len = Math.min(longest, text.length() - i); len >= 1; len--) {
                String term = text.substring(i, i + len);
                if (byTerm.containsKey(term)) {
                    boolean aligned = wordEnd[i + len] && (wordStart[i] || (len >= 2 && !insideLatinWord(text, i)));
                    found.add(new Match(term, i, i + len, aligned ? 1 : UNALIGNED));
                }
            }
        }
        return accept(found);
    }

    /** Whether offset {@code i} continues a Latin word or number (range in orange is no word's tail). */
    private static boolean insideLatinWord(CharSequence text, int i) {
        return i > 0 && latin(text.charAt(i - 1)) && latin(text.charAt(i));
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static List<Match> accept(List<Match> found) {
        found.sort(Comparator.comparingDouble((Match m) -> -m.factor())
                .thenComparingInt(m -> -m.length())
                .thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    private static boolean[] flags(List<Integer> offsets, int length) {
        boolean[] flags = new boolean[length + 1];
        offsets.forEach(o -> flags[o] = true);
        return flags;
    }

    /** NFKC and lower case, as terms and words are compared. */
    public static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static final class Tally {
        final String label;
        final List<String> terms = new ArrayList<>();
        double score;
        int longest;
        int first = Integer.MAX_VALUE;

        Tally(String label) {
            this.label = label;
        }

        void add(double value, Match m) {
            score += value;
            terms.add(m.term());
            longest = Math.max(longest, m.length());
            first = Math.min(first, m.start());
        }
    }
}
