package org.zhijian.notification;

import java.time.OffsetDateTime;

/** A notice as received, with whether the reader has opened it. */
public record Notification(long id, String title, String body, String link, OffsetDateTime createdAt, boolean read) {}
