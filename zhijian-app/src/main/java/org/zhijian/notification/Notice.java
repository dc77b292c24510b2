package org.zhijian.notification;

import java.util.Objects;

/**
 * A notice to send.
 *
 * @param level who receives it: {@code PROVINCE}, {@code PREFECTURE} or {@code COUNTY} officers
 * @param regionCode the prefecture or county for those levels, empty for the province
 * @param title one line
 * @param body details, may be empty
 * @param link the page to open, may be empty
 */
public record Notice(String level, String regionCode, String title, String body, String link) {

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        regionCode = regionCode == null || "PROVINCE".equals(level) ? "" : regionCode;
        body = body == null ? "" : body;
        link = link == null ? "" : link;
    }
}
