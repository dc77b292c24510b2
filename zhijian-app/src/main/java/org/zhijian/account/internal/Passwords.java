package org.zhijian.account.internal;

import java.security.SecureRandom;
import org.zhijian.platform.BusinessRuleViolation;

/** The password policy and random one-time passwords. */
final class Passwords {

    static final int MIN_LENGTH = 10;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#%+=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleViolation(AccountErrors.WEAK_PASSWORD, MIN_LENGTH);
        }
    }

    static String random() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
