package org.zhijian.enterprise;

import java.time.LocalDate;

/**
 * An operating enterprise as a monthly run over the whole registry reads it (the credit classification).
 *
 * @param industryCode GB/T 4754 division, may be {@code null}
 * @param establishedOn date of establishment, may be {@code null}
 */
public record RegistryEntry(
        String uscc, String countyCode, String prefectureCode, String industryCode, LocalDate establishedOn) {}
