package org.zhijian.account.web;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.account.AccountManagement;
import org.zhijian.platform.BusinessRuleViolation;

/** The sign-in page and each user's own password page. */
@Controller
class AccountPages {

    private final AccountManagement accounts;

    AccountPages(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        model.addAttribute(
                "error",
                error == null
                        ? null
                        : java.util.Set.of("bad", "disabled", "locked").contains(error) ? error : "bad");
        model.addAttribute("loggedOut", logout != null);
        return "account/login";
    }

    /** The sign-in page after a refused attempt (forwarded here with status 429 and the wait). */
    @org.springframework.web.bind.annotation.RequestMapping("/login/refused")
    String refused(jakarta.servlet.http.HttpServletRequest request, Model model) {
        Object code = request.getAttribute("refusalCode");
        if (code == null) {
            return "redirect:/login";
        }
        model.addAttribute("refusalCode", code);
        model.addAttribute("refusalWait", request.getAttribute("refusalWait"));
        return "account/login";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            Principal principal,
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("problemCode", "account.password.mismatch");
            return "account/password";
        }
        try {
            accounts.changePassword(principal.getName(), currentPassword, newPassword);
        } catch (BusinessRuleViolation e) {
            model.addAttribute("problemCode", e.errorCode().code());
            model.addAttribute("problemArgs", e.arguments());
            return "account/password";
        }
        redirect.addFlashAttribute("flashKey", "account.password.changed");
        return "redirect:/";
    }

    @GetMapping("/account/tokens")
    String tokens(Principal principal, Model model) {
        model.addAttribute("tokens", accounts.tokens(principal.getName()));
        return "account/tokens";
    }

    @PostMapping("/account/tokens")
    String issue(
            Principal principal,
            @RequestParam String name,
            @RequestParam(defaultValue = "90") int days,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("issued", accounts.issueToken(principal.getName(), name, days));
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(
            Principal principal,
            @org.springframework.web.bind.annotation.PathVariable long id,
            RedirectAttributes redirect) {
        accounts.revokeToken(principal.getName(), id);
        redirect.addFlashAttribute("flashKey", "account.token.revoked");
        return "redirect:/account/tokens";
    }
}
