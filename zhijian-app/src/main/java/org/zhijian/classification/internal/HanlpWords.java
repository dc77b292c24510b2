package org.zhijian.classification.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits Chinese text into words with HanLP's standard (Viterbi) segmenter and a custom dictionary of its own that
 * holds HanLP's custom words plus the keyword dictionaries' terms, so a term is kept whole (挂烫机, 礼花弹) where
 * the core dictionary alone would cut it.
 */
final class HanlpWords {

    private final Segment segment;

    HanlpWords(Collection<String> terms) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        terms.stream().filter(t -> t.codePointCount(0, t.length()) >= 2).forEach(t -> dictionary.insert(t, "nz 1024"));
        segment = HanLP.newSegment()
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableCustomDictionary(dictionary);
    }

    /** The words in order; joined they give the text back. */
    List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Term> terms;
        synchronized (segment) {
            terms = segment.seg(text);
        }
        List<String> words = new ArrayList<>(terms.size());
        terms.forEach(t -> words.add(t.word));
        return words;
    }
}
