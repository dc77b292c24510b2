package org.zhijian.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint returns it.
 *
 * @param items the records on this page
 * @param total the number of records matching the query, on all pages
 * @param page the page number, starting at 1
 * @param size the page size requested
 * @param totalExact false when {@code total} is only a lower bound (very broad searches stop counting)
 */
public record PageResult<T>(List<T> items, long total, int page, int size, boolean totalExact) {

    public PageResult {
        items = List.copyOf(items);
    }

    public PageResult(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true);
    }

    /** Number of pages (at least 1). */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The requested page of a list held in memory (master data, recent jobs). */
    public static <T> PageResult<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new PageResult<>(all.subList(from, to), all.size(), request.page(), request.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), total, page, size, totalExact);
    }
}
