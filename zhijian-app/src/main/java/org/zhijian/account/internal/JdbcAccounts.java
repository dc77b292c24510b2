package org.zhijian.account.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.ApiToken;
import org.zhijian.account.IssuedToken;
import org.zhijian.account.NewUser;
import org.zhijian.account.Role;
import org.zhijian.account.UserAccount;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

@Service
class JdbcAccounts implements AccountManagement {

    private final Users users;
    private final Tokens tokens;
    private final PasswordEncoder encoder;
    private final RegionManagement regions;
    private final EnterpriseManagement enterprises;
    private final AuditTrail audit;

    JdbcAccounts(
            Users users,
            Tokens tokens,
            PasswordEncoder encoder,
            RegionManagement regions,
            EnterpriseManagement enterprises,
            AuditTrail audit) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.regions = regions;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @Override
    public List<UserAccount> list() {
        return users.all();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return users.find(username);
    }

    @Override
    @Transactional
    public UserAccount create(NewUser user, String password) {
        return create(user, password, false, false);
    }

    @Transactional
    UserAccount create(NewUser user, String password, boolean demo, boolean mustChange) {
        Passwords.check(password);
        Binding binding = bind(user);
        try {
            users.insert(
                    user.username().strip(),
                    user.displayName().strip(),
                    encoder.encode(password),
                    user.role(),
                    binding.region(),
                    binding.uscc(),
                    demo,
                    mustChange);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(AccountErrors.USERNAME_TAKEN, user.username());
        }
        UserAccount created = users.find(user.username().strip()).orElseThrow();
        audit.record(new AuditEntry(
                "USER_CREATE",
                "user",
                created.username(),
                "新建账户（" + created.role().label() + "）",
                null,
                view(created)));
        return created;
    }

    @Override
    @Transactional
    public UserAccount update(String username, NewUser changes) {
        UserAccount before = existing(username);
        Binding binding = bind(changes);
        users.update(username, changes.displayName().strip(), changes.role(), binding.region(), binding.uscc());
        UserAccount after = existing(username);
        audit.record(
                new AuditEntry("USER_PERMISSION_CHANGE", "user", username, "修改账户角色或范围", view(before), view(after)));
        return after;
    }

    @Override
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserAccount before = existing(username);
        users.setEnabled(username, enabled);
        audit.record(new AuditEntry(
                enabled ? "USER_ENABLE" : "USER_DISABLE",
                "user",
                username,
                enabled ? "启用账户" : "停用账户",
                Map.of("enabled", before.enabled()),
                Map.of("enabled", enabled)));
    }

    @Override
    @Transactional
    public String resetPassword(String username) {
        existing(username);
        String password = Passwords.random();
        users.setPassword(username, encoder.encode(password), true);
        audit.record(AuditEntry.of("USER_PASSWORD_RESET", "user", username, "重置密码（下次登录须修改）"));
        return password;
    }

    @Override
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        String hash = users.passwordHash(username)
                .orElseThrow(() -> new BusinessRuleViolation(AccountErrors.NOT_FOUND, username));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            throw new BusinessRuleViolation(AccountErrors.WRONG_PASSWORD);
        }
        Passwords.check(newPassword);
        users.setPassword(username, encoder.encode(newPassword), false);
        audit.record(AuditEntry.of("USER_PASSWORD_CHANGE", "user", username, "修改本人密码"));
    }

    @Override
    @Transactional
    public IssuedToken issueToken(String username, String name, int validDays) {
        UserAccount user = existing(username);
        IssuedToken token = tokens.issue(
                user.id(),
                name == null || name.isBlank() ? "api" : name.strip(),
                Math.max(1, Math.min(validDays, 366)));
        audit.record(new AuditEntry(
                "TOKEN_CREATE",
                "user",
                username,
                "签发 API 令牌“" + token.name() + "”",
                null,
                Map.of("tokenId", token.id(), "expiresAt", token.expiresAt().toString())));
        return token;
    }

    @Override
    public List<ApiToken> tokens(String username) {
        return tokens.of(existing(username).id());
    }

    @Override
    @Transactional
    public void revokeToken(String username, long tokenId) {
        if (tokens.revoke(existing(username).id(), tokenId)) {
            audit.record(AuditEntry.of("TOKEN_REVOKE", "user", username, "吊销 API 令牌 #" + tokenId));
        }
    }

    private UserAccount existing(String username) {
        return users.find(username).orElseThrow(() -> new BusinessRuleViolation(AccountErrors.NOT_FOUND, username));
    }

    private Binding bind(NewUser user) {
        String region = blankToNull(user.regionCode());
        String uscc = blankToNull(user.enterpriseUscc());
        Role role = user.role();
        if (role.needsRegion() || region != null) {
            Region r = region == null ? null : regions.findByCode(region).orElse(null);
            boolean levelFits = r != null
                    && (role != Role.PREFECTURE_OFFICER || r.level() == RegionLevel.PREFECTURE)
                    && (role != Role.COUNTY_OFFICER || r.level() == RegionLevel.COUNTY);
            if (!levelFits) {
                throw new BusinessRuleViolation(AccountErrors.BAD_BINDING, "区域代码 " + region);
            }
        }
        if (role == Role.ENTERPRISE && (uscc == null || enterprises.find(uscc).isEmpty())) {
            throw new BusinessRuleViolation(AccountErrors.BAD_BINDING, "企业 " + uscc);
        }
        return new Binding(
                role.needsRegion() || role == Role.INSPECTOR ? region : null, role == Role.ENTERPRISE ? uscc : null);
    }

    static Map<String, Object> view(UserAccount u) {
        return Map.of(
                "role",
                u.role().name(),
                "region",
                String.valueOf(u.regionCode()),
                "enterprise",
                String.valueOf(u.enterpriseUscc()),
                "enabled",
                u.enabled(),
                "displayName",
                u.displayName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record Binding(String region, String uscc) {}
}
