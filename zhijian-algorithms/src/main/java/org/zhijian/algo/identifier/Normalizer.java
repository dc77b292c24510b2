package org.zhijian.algo.identifier;

import java.util.Locale;

/** Normalises typed or pasted identifiers: trims, maps full-width ASCII to half-width, upper-cases. */
final class Normalizer {

    private Normalizer() {}

    static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString().strip().toUpperCase(Locale.ROOT);
    }
}
