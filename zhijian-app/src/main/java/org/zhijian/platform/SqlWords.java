package org.zhijian.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyword search over a lower-cased, trigram-indexed text column: every word (up to eight) must occur, LIKE wildcards
 * in the words are escaped.
 */
public final class SqlWords {

    private SqlWords() {}

    /** Adds {@code column like :wN} conditions for the words of {@code q} to {@code where} and their parameters. */
    public static void likeAll(String q, String column, List<String> where, Map<String, Object> params) {
        if (q == null || q.isBlank()) {
            return;
        }
        String[] words = q.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length && i < 8; i++) {
            params.put("w" + i, "%" + escapeLike(words[i]) + "%");
            where.add(column + " like :w" + i);
        }
    }

    /** The text with LIKE's wildcards and escape character escaped, to match literally. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
