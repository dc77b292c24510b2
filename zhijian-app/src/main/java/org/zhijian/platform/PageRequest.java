package org.zhijian.platform;

/**
 * A requested page: number from 1, size from 1 to {@value #MAX_SIZE}; out-of-range values are clamped.
 *
 * @param page page number, starting at 1
 * @param size page size
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        page = Math.max(1, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
