package org.zhijian.algo.text;

/**
 * A term found in a text.
 *
 * @param term the dictionary term
 * @param start its first character's offset in the joined text
 * @param end the offset after its last character
 * @param factor 1 when the term sits on word boundaries (or ends a word), {@link KeywordClassifier#UNALIGNED}
 *     when the segmenter cut across it
 */
public record Match(String term, int start, int end, double factor) {

    boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
