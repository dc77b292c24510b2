package org.zhijian.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.zhijian.platform.BusinessRuleViolation;

/** Shows business-rule failures of pages as the error page, with the Chinese message and the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    String businessRule(BusinessRuleViolation e, Model model, HttpServletResponse response) {
        response.setStatus(e.errorCode().httpStatus());
        model.addAttribute("status", e.errorCode().httpStatus());
        model.addAttribute(
                "message",
                messages.getMessage(
                        e.errorCode().code(), e.arguments(), e.errorCode().code(), Locale.SIMPLIFIED_CHINESE));
        return "error";
    }
}
