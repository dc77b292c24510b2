package org.zhijian.platform.web;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * Runs a page action and tells the outcome in the next page's flash line: the success message, or the business
 * rule's code and first argument (its Chinese text comes from the messages).
 */
public final class Flash {

    private Flash() {}

    public static <T> T run(RedirectAttributes redirect, String okKey, Object okArg, Supplier<T> action) {
        try {
            T result = action.get();
            redirect.addFlashAttribute("flashKey", okKey);
            redirect.addFlashAttribute("flashArg", okArg);
            return result;
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", e.errorCode().code());
            redirect.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
            return null;
        }
    }

    /**
     * Runs a page action and tells its outcome with fixed messages: {@code okKey}, or {@code failKey} with the
     * business rule's first argument.
     */
    public static void outcome(RedirectAttributes redirect, String okKey, String failKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashKey", okKey);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", failKey);
            redirect.addFlashAttribute("flashArg", e.arguments().length > 0 ? e.arguments()[0] : "");
        }
    }
}
