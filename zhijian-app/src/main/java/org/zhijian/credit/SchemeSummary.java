package org.zhijian.credit;

import java.time.OffsetDateTime;

/** A loaded scheme version. */
public record SchemeSummary(
        String version, String name, int indicators, String loadedBy, OffsetDateTime loadedAt, boolean inUse) {}
