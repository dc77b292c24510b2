package org.zhijian.account.internal;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by {@link SignInPolicy} before its password was checked. A {@link LockedException}, so it is
 * audited like any other failure.
 */
public class SignInRefusedException extends LockedException {

    private final SignInPolicy.Refusal refusal;

    SignInRefusedException(SignInPolicy.Refusal refusal) {
        super(
                switch (refusal.reason()) {
                    case ADDRESS_THROTTLED -> "此地址登录失败次数过多，已限流";
                    case PAIR_LOCKED -> "该账户在此地址登录失败次数过多，已暂时锁定";
                    case ACCOUNT_SLOWED -> "该账户登录失败次数较多，需稍后再试";
                });
        this.refusal = refusal;
    }

    /** Seconds until the same attempt may be made (the {@code Retry-After} header). */
    public long retryAfterSeconds() {
        return refusal.retryAfterSeconds();
    }

    /** The message code: {@code ACCOUNT_007} pair locked, {@code ACCOUNT_010} slowed, {@code ACCOUNT_011} throttled. */
    public String code() {
        return switch (refusal.reason()) {
            case PAIR_LOCKED -> AccountErrors.LOCKED.code();
            case ACCOUNT_SLOWED -> AccountErrors.SLOWED.code();
            case ADDRESS_THROTTLED -> AccountErrors.THROTTLED.code();
        };
    }

    /** The wait in words for people: seconds below two minutes, else whole minutes. */
    public String waitText() {
        long s = retryAfterSeconds();
        return s < 120 ? s + " 秒" : ((s + 59) / 60) + " 分钟";
    }
}
