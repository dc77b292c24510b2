package org.zhijian.algo.credit;

import java.util.List;

/** A classification scheme that breaks a rule of {@link CreditScheme}; carries every problem, in Chinese. */
public final class InvalidSchemeException extends IllegalArgumentException {

    private final transient List<String> problems;

    public InvalidSchemeException(List<String> problems) {
        super(String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
