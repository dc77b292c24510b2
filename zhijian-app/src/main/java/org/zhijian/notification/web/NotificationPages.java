package org.zhijian.notification.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.notification.Notification;
import org.zhijian.notification.Notifications;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;

/** The officer's notices: newest first, unread marked; opening one marks it read; the e-mail address for notices. */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", notifications.inbox(PageRequest.of(page, 30)));
        model.addAttribute("email", notifications.email().orElse(""));
        model.addAttribute("baseUrl", "/notifications");
        model.addAttribute("crumbs", List.of(Crumb.hereAs("nav.notifications")));
        return "notifications/list";
    }

    @PostMapping("/{id}/read")
    String open(@PathVariable long id) {
        notifications.markRead(id);
        String link = notifications.inbox(PageRequest.of(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(n -> n.id() == id)
                .map(Notification::link)
                .filter(l -> l.startsWith("/"))
                .findFirst()
                .orElse("/notifications");
        return "redirect:" + link;
    }

    @PostMapping("/read-all")
    String readAll() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }

    @PostMapping("/email")
    String email(@RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        try {
            notifications.setEmail(email);
            flash.addFlashAttribute("flashKey", "notification.emailSaved");
        } catch (BusinessRuleViolation e) {
            flash.addFlashAttribute("flashKey", "NOTIFICATION_001");
            flash.addFlashAttribute("flashArg", email);
        }
        return "redirect:/notifications";
    }
}
