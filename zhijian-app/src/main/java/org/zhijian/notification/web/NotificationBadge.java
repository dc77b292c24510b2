package org.zhijian.notification.web;

import org.springframework.stereotype.Component;
import org.zhijian.notification.Notifications;

/** The unread count shown beside 通知 in the page header ({@code ${@notificationBadge.unread()}}). */
@Component("notificationBadge")
class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    public int unread() {
        return notifications.unread();
    }
}
