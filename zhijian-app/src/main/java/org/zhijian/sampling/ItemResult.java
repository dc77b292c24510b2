package org.zhijian.sampling;

/** The result of one inspection item in one testing round (1 first test, 2 re-test). */
public record ItemResult(
        long planItemId,
        String itemName,
        String requirement,
        String itemClass,
        int round,
        String measured,
        String verdict,
        String reason) {}
