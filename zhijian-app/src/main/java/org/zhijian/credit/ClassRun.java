package org.zhijian.credit;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A monthly classification run.
 *
 * @param status {@code RUNNING} (cut short or in progress) or {@code DONE}
 * @param classified enterprises classified
 * @param changes class changes recorded (to C or D from another class or none, or any other move)
 */
public record ClassRun(
        YearMonth month,
        String schemeVersion,
        String status,
        int classified,
        int changes,
        String startedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {}
