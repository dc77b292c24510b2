package org.zhijian.notification.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.UserAccount;
import org.zhijian.notification.Notice;

/**
 * E-mails each stored notice, after the commit and in the background, to the enabled officers of its level and
 * region who gave an address; without SMTP settings ({@code spring.mail.host}) nothing is sent. A failed delivery
 * is logged: the notice stays in the platform either way.
 */
@Component
class NoticeMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final AccountManagement accounts;
    private final JdbcClient jdbc;
    private final String from;
    private final String baseUrl;

    NoticeMailer(
            ObjectProvider<JavaMailSender> mail,
            AccountManagement accounts,
            JdbcClient jdbc,
            @Value("${zhijian.notification.mail-from:zhijian@localhost}") String from,
            @Value("${zhijian.notification.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeStored stored) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<String> to = recipients(stored.notice());
        if (to.isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject("【质鉴】" + stored.notice().title());
        message.setText(stored.notice().body()
                + (stored.notice().link().isEmpty()
                        ? ""
                        : "\n\n" + baseUrl + stored.notice().link()));
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("Notice {} not e-mailed: {}", stored.id(), e.getMessage());
        }
    }

    private List<String> recipients(Notice notice) {
        List<String> users = accounts.list().stream()
                .filter(UserAccount::enabled)
                .filter(u -> Audience.of(u.role().readScope(u.regionCode(), u.enterpriseUscc()))
                        .filter(a -> a.level().equals(notice.level())
                                && a.regionCode().equals(notice.regionCode()))
                        .isPresent())
                .map(UserAccount::username)
                .toList();
        if (users.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select email from notification_email where username in (:users) order by email")
                .param("users", users)
                .query(String.class)
                .list();
    }
}
