package org.zhijian.notification;

import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The notification module's API; the inbox is the current officer's (their level and region). */
public interface Notifications {

    /** Stores a notice and, after the commit, e-mails it to the recipients who gave an address (if SMTP is set). */
    void send(Notice notice);

    PageResult<Notification> inbox(PageRequest page);

    int unread();

    void markRead(long id);

    void markAllRead();

    /** The address the current user gets notices at. */
    Optional<String> email();

    /**
     * Sets (or with a blank value removes) the current user's address.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code NOTIFICATION_001} for a malformed address
     */
    void setEmail(String email);
}
