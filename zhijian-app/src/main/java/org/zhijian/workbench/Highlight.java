package org.zhijian.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into pieces around the search words, so that the page marks the matches ({@code <mark>}) while
 * Thymeleaf still escapes every piece: highlighting never turns record text into markup.
 */
record Highlight(List<Piece> pieces) {

    /** A run of text, matched or not. */
    record Piece(String text, boolean match) {}

    static Highlight of(String text, List<String> words) {
        String source = text == null ? "" : text;
        String lower = source.toLowerCase(Locale.ROOT);
        boolean[] marked = new boolean[source.length()];
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            for (int at = word.isEmpty() ? -1 : lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                for (int i = at; i < at + word.length() && i < marked.length; i++) {
                    marked[i] = true;
                }
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= source.length(); i++) {
            if (i == source.length() || marked[i] != marked[start]) {
                pieces.add(new Piece(source.substring(start, i), marked[start]));
                start = i;
            }
        }
        return new Highlight(pieces);
    }
}
