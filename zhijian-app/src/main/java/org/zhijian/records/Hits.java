package org.zhijian.records;

import java.util.List;

/**
 * One kind's search hits: how many records match in all, the first few, and the kind's list with the same words.
 *
 * @param label the kind's Chinese name
 * @param total how many of the reader's records match
 * @param found the first hits, newest first
 * @param listUrl the kind's list filtered by the words
 */
public record Hits(String label, long total, List<Found> found, String listUrl) {

    /** One hit: its title, a line of context and its page. */
    public record Found(String title, String detail, String url) {}

    public Hits {
        found = List.copyOf(found);
    }
}
