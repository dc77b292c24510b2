package org.zhijian.enterprise.internal;

import java.util.Collection;

/**
 * A set of short codes that answers "is this stretch of a string one of them?" without cutting the stretch out:
 * open addressing on a hash of the characters, then {@link String#regionMatches}. The draw's pool read asks it once
 * per category of each of a million enterprises, where a substring and its hash per question cost a third of the
 * read.
 */
final class CodeSet {

    private final String[] table;
    private final int mask;

    CodeSet(Collection<String> codes) {
        int size = Integer.highestOneBit(Math.max(4, codes.size() * 4) - 1) << 1;
        this.table = new String[size];
        this.mask = size - 1;
        for (String code : codes) {
            if (!contains(code, 0, code.length())) {
                int i = hash(code, 0, code.length()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = code;
            }
        }
    }

    /** Whether {@code s.substring(from, to)} is in the set. */
    boolean contains(String s, int from, int to) {
        int length = to - from;
        for (int i = hash(s, from, to) & mask; table[i] != null; i = (i + 1) & mask) {
            String code = table[i];
            if (code.length() == length && s.regionMatches(from, code, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
