package org.zhijian.account.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.zhijian.account.UserAccount;

/**
 * The filters and order of the account table: a fragment of the user name or display name, role, region (a code
 * prefix, so a prefecture includes its counties), status ({@code enabled} / {@code disabled}) and sort
 * ({@code username}, {@code role}, {@code region}, {@code created}). Blank means any.
 */
record UserFilter(String q, String role, String region, String status, String sort) {

    static UserFilter none() {
        return new UserFilter(null, null, null, null, null);
    }

    List<UserAccount> apply(List<UserAccount> users) {
        return users.stream()
                .filter(u -> blank(q) || contains(u.username(), q) || contains(u.displayName(), q))
                .filter(u -> blank(role) || u.role().name().equals(role))
                .filter(u -> blank(region)
                        || (u.regionCode() != null && u.regionCode().startsWith(prefix(region))))
                .filter(u -> blank(status) || u.enabled() == "enabled".equals(status))
                .sorted(order())
                .toList();
    }

    private Comparator<UserAccount> order() {
        Comparator<UserAccount> byName = Comparator.comparing(UserAccount::username);
        return switch (sort == null ? "" : sort) {
            case "role" -> Comparator.comparing(UserAccount::role).thenComparing(byName);
            case "region" ->
                Comparator.comparing(UserAccount::regionCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparing(byName);
            case "created" ->
                Comparator.comparing(UserAccount::createdAt).reversed().thenComparing(byName);
            default -> byName;
        };
    }

    /** A prefecture code (4301 00) matches its counties (4301 xx). */
    private static String prefix(String code) {
        String c = code.strip();
        return c.length() == 6 && c.endsWith("00") ? c.substring(0, 4) : c;
    }

    private static boolean contains(String value, String fragment) {
        return value != null
                && value.toLowerCase(Locale.ROOT).contains(fragment.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
