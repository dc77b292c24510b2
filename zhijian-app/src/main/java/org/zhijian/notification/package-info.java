/**
 * Notifications (通知): notices to the officers of one level and region — in the platform, and by e-mail to the
 * officers who gave an address when SMTP is configured ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "通知",
        allowedDependencies = {"account", "platform", "platform :: access", "platform :: web"})
package org.zhijian.notification;
