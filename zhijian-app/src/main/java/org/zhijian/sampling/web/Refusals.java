package org.zhijian.sampling.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * How the sampling pages show a refused business rule: in Chinese, next to the form or as a flash message after a
 * redirect. Access (403) and missing records (404) are not shown in place but go to the error pages.
 */
@Component
class Refusals {

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The Chinese text of the refusal; rethrows 403 and 404. */
    String text(BusinessRuleViolation e) {
        int status = e.errorCode().httpStatus();
        if (status == 403 || status == 404) {
            throw e;
        }
        String code = e.errorCode().code();
        return messages.getMessage(code, e.arguments(), code, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** Shows the refusal as the flash message of the next page; rethrows 403 and 404. */
    void flash(RedirectAttributes redirect, BusinessRuleViolation e) {
        String text = text(e);
        redirect.addFlashAttribute("flashKey", "flash.text");
        redirect.addFlashAttribute("flashArg", text);
    }
}
