package org.zhijian.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
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
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.XlsxTable;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** Account administration for province administrators: list, create, change role and region, reset, disable. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    private final AccountManagement accounts;
    private final RegionManagement regions;
    private final AuditTrail audit;
    private final PageText text;

    UserAdminPages(AccountManagement accounts, RegionManagement regions, AuditTrail audit, PageText text) {
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
        this.text = text;
    }

    @GetMapping
    String list(UserFilter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("form", new NewUser("", "", Role.COUNTY_OFFICER, "", ""));
        return page(model, filter, page);
    }

    /** The filtered table as XLSX; names of people are personal data, so every export is audited. */
    @GetMapping("/export")
    void export(UserFilter filter, HttpServletResponse response) throws IOException {
        List<UserAccount> users = filter.apply(accounts.list());
        audit.record(AuditEntry.of("USER_EXPORT", "user", null, "导出账户列表 " + users.size() + " 个"));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"users.xlsx\"");
        List<String> header = List.of(text.of("account.exportHeader").split(","));
        try (XlsxTable table = new XlsxTable(text.of("account.exportSheet"), header)) {
            for (UserAccount u : users) {
                table.add(
                        u.username(),
                        u.displayName(),
                        u.role().label(),
                        regionName(u.regionCode()),
                        u.enterpriseUscc(),
                        text.of(u.enabled() ? "account.enabledState" : "account.disabledState"),
                        u.createdAt());
            }
            table.write(response.getOutputStream());
        }
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
        return page(model, UserFilter.none(), null);
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        UserAccount user = existing(username);
        model.addAttribute("user", user);
        model.addAttribute("crumbs", Crumb.below("nav.users", "/admin/users", user.username()));
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

    private String page(Model model, UserFilter filter, Integer page) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", PageResult.slice(filter.apply(accounts.list()), PageRequest.of(page, 50)));
        model.addAttribute("baseUrl", baseUrl(filter));
        return page(model);
    }

    private static String baseUrl(UserFilter f) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/users")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(f.q()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "role", java.util.Optional.ofNullable(f.role()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "region", java.util.Optional.ofNullable(f.region()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "status", java.util.Optional.ofNullable(f.status()).filter(v -> !v.isBlank()))
                .queryParamIfPresent(
                        "sort", java.util.Optional.ofNullable(f.sort()).filter(v -> !v.isBlank()))
                .encode()
                .toUriString();
    }

    private String regionName(String code) {
        return code == null ? "" : regions.findByCode(code).map(r -> r.name()).orElse(code);
    }

    private String page(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("prefectures", regions.find(RegionLevel.PREFECTURE, null));
        model.addAttribute("counties", regions.find(RegionLevel.COUNTY, null));
        return "account/list";
    }
}
