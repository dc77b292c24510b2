package org.zhijian.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test fixtures: accounts with a known password and their API tokens, created once per test run. */
public final class TestAccounts {

    public static final String PASSWORD = "Password#2026";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestAccounts() {}

    /** Creates the account if needed and returns a bearer token for it. */
    public static String token(AccountManagement accounts, String username, Role role, String region, String uscc) {
        return TOKENS.computeIfAbsent(username, name -> {
            if (accounts.find(name).isEmpty()) {
                accounts.create(new NewUser(name, name, role, region, uscc), PASSWORD);
            }
            return accounts.issueToken(name, "tests", 1).token();
        });
    }

    public static String adminToken(AccountManagement accounts) {
        return token(accounts, "it-admin", Role.PROVINCE_ADMIN, null, null);
    }

    /** The {@code Authorization} header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
