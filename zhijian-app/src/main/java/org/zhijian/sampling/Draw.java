package org.zhijian.sampling;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A double-random draw of a plan. {@code seed} is a decimal string (64-bit, beyond JavaScript's exact integers).
 * Status DRAWN (awaiting decision), CONFIRMED (immutable, the plan's draw) or DISCARDED (kept for the record).
 * {@code selections} is empty in list views.
 */
public record Draw(
        long id,
        long planId,
        String status,
        String algorithm,
        String seed,
        String poolHash,
        String rules,
        int poolSize,
        int inspectorCount,
        List<String> shortfalls,
        String drawnBy,
        OffsetDateTime drawnAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        List<DrawnTarget> selections) {}
