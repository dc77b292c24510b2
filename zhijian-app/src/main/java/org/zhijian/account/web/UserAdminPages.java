package org.zhijian.account.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.NewUser;
import org.zhijian.account.Role;
import org.zhijian.account.UserAccount;
import org.zhijian.account.internal.AccountErrors;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.web.Crumb;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** Account administration for province administrators: list, create, change role and region, reset, disable. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    private final AccountManagement accounts;
    private final RegionManagement regions;

    UserAdminPages(AccountManagement accounts, RegionManagement regions) {
        this.accounts = accounts;
        this.regions = regions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("form", new NewUser("", "", Role.COUNTY_OFFICER, "", ""));
        return page(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewUser form,
            BindingResult binding,
            @RequestParam String password,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                accounts.create(form, password);
                redirect.addFlashAttribute("flashKey", "account.created");
                redirect.addFlashAttribute("flashArg", form.username());
                return "redirect:/admin/users";
            } catch (BusinessRuleViolation e) {
                binding.reject(
                        e.errorCode().code(), e.arguments(), e.errorCode().code());
            }
        }
        model.addAttribute("users", accounts.list());
        return page(model);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        UserAccount user = existing(username);
        model.addAttribute("user", user);
        model.addAttribute("crumbs", java.util.List.of(Crumb.of("账户管理", "/admin/users"), Crumb.here(user.username())));
        model.addAttribute(
                "form",
                new NewUser(
                        user.username(), user.displayName(), user.role(), user.regionCode(), user.enterpriseUscc()));
        model.addAttribute("tokens", accounts.tokens(username));
        return page(model).replace("list", "edit");
    }

    @PostMapping("/{username}")
    String update(
            @PathVariable String username,
            @Valid @ModelAttribute("form") NewUser form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                accounts.update(username, form);
                redirect.addFlashAttribute("flashKey", "account.updated");
                return "redirect:/admin/users/" + username;
            } catch (BusinessRuleViolation e) {
                binding.reject(
                        e.errorCode().code(), e.arguments(), e.errorCode().code());
            }
        }
        model.addAttribute("user", existing(username));
        model.addAttribute("tokens", accounts.tokens(username));
        return page(model).replace("list", "edit");
    }

    @PostMapping("/{username}/reset-password")
    String reset(@PathVariable String username, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashKey", "account.reset");
        redirect.addFlashAttribute("flashArg", accounts.resetPassword(username));
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(username, enabled);
        redirect.addFlashAttribute("flashKey", enabled ? "account.enabled" : "account.disabled");
        return "redirect:/admin/users/" + username;
    }

    private UserAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> new BusinessRuleViolation(AccountErrors.NOT_FOUND, username));
    }

    private String page(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("prefectures", regions.find(RegionLevel.PREFECTURE, null));
        model.addAttribute("counties", regions.find(RegionLevel.COUNTY, null));
        return "account/list";
    }
}
