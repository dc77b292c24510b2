package org.zhijian.enterprise;

import java.time.LocalDate;

/**
 * A licence an enterprise holds (e.g. 食品生产许可证, 工业产品生产许可证).
 *
 * @param kind licence kind
 * @param number licence number
 * @param validUntil last day of validity, {@code null} if open-ended or unknown
 */
public record Licence(String kind, String number, LocalDate validUntil) {

    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }
}
