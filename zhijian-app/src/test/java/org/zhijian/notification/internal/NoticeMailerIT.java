package org.zhijian.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.zhijian.IntegrationTest;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.account.TestAccounts;
import org.zhijian.notification.Notice;
import org.zhijian.notification.Notifications;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

@IntegrationTest
class NoticeMailerIT {

    @Autowired
    AccountManagement accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    private static final Actor YUEYANG = new Actor(
            "it-mail-yueyang", "PREFECTURE_OFFICER", Scope.prefecture("430600"), Scope.prefecture("430600"), "");

    @Test
    void aNoticeIsMailedOverSmtpToTheOfficersOfItsRegionWhoGaveAnAddress() throws Exception {
        TestAccounts.token(accounts, "it-mail-yueyang", Role.PREFECTURE_OFFICER, "430600", null);
        TestAccounts.token(accounts, "it-mail-changsha", Role.PREFECTURE_OFFICER, "430100", null);
        CurrentActor.runAs(YUEYANG, () -> {
            notifications.setEmail("yueyang@example.org");
            return null;
        });
        jdbc.sql("insert into notification_email (username, email) values ('it-mail-changsha', 'changsha@example.org')"
                        + " on conflict do nothing")
                .update();
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(smtp.port());
            sender.setDefaultEncoding("UTF-8");
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("mail", sender);
            NoticeMailer mailer = new NoticeMailer(
                    beans.getBeanProvider(JavaMailSender.class),
                    accounts,
                    jdbc,
                    "zhijian@example.org",
                    "https://zj.example.org");

            mailer.on(new NoticeStored(
                    1,
                    new Notice("PREFECTURE", "430600", "预警 YJ2026-00009 转办跟进", "请于 12 月 15 日前回复", "/risk/warnings/9")));

            assertThat(smtp.recipients()).containsExactly("yueyang@example.org");
            jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(
                            smtp.messages().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(message.getSubject()).isEqualTo("【质鉴】预警 YJ2026-00009 转办跟进");
            assertThat(message.getContent().toString())
                    .contains("请于 12 月 15 日前回复")
                    .contains("https://zj.example.org/risk/warnings/9");
        }
    }

    @Test
    void withoutSmtpSettingsNothingIsSentAndAMalformedAddressIsRefused() {
        NoticeMailer mailer = new NoticeMailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), accounts, jdbc, "a@b.c", "");
        mailer.on(new NoticeStored(1, new Notice("PROVINCE", "", "x", "", "")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CurrentActor.runAs(YUEYANG, () -> {
                    notifications.setEmail("not-an-address");
                    return null;
                }))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("NOTIFICATION_001");
    }
}
