package org.zhijian.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * A set of short codes that answers "is this stretch of a byte array one of them?" without cutting the stretch out.
 * Codes are held as UTF-8; open addressing on a well-mixed hash of the bytes, with the hashes kept beside the codes
 * so that a probe compares bytes only on a full hash match. The draw's pool read asks it about a million times
 * (each member's credit code against the recently sampled, each category against the plan's); credit codes share
 * long prefixes, so a plain polynomial hash would cluster them and every probe would compare a run of codes.
 */
final class CodeSet {

    private final byte[][] table;
    private final int[] hashes;
    private final int mask;

    CodeSet(Collection<String> codes) {
        int size = Integer.highestOneBit(Math.max(4, codes.size() * 4) - 1) << 1;
        this.table = new byte[size][];
        this.hashes = new int[size];
        this.mask = size - 1;
        for (String code : codes) {
            byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
            if (!contains(bytes, 0, bytes.length)) {
                int h = hash(bytes, 0, bytes.length);
                int i = h & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = bytes;
                hashes[i] = h;
            }
        }
    }

    /** Whether the bytes {@code s[from, to)} are one of the codes. */
    boolean contains(byte[] s, int from, int to) {
        int h = hash(s, from, to);
        for (int i = h & mask; table[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && Arrays.equals(table[i], 0, table[i].length, s, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** FNV-1a over the bytes, then MurmurHash3's 32-bit finaliser so that the low bits depend on every byte. */
    private static int hash(byte[] s, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ (s[i] & 0xFF)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
