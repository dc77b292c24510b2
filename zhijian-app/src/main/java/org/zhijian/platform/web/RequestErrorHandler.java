package org.zhijian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests a page cannot answer — an unknown address, a missing or malformed parameter ({@code ?year=abc},
 * {@code /sampling/records/abc}), a wrong method — answered in Chinese: the error page in the site's layout for
 * browsers, an RFC 9457 problem for API clients ({@code /api/**} or a request that does not accept HTML).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestErrorHandler {

    private final MessageSource messages;

    RequestErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    @ExceptionHandler({NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, text("request.notFound", request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                text("request.malformed", e.getName(), String.valueOf(e.getValue()), expected(e.getRequiredType())));
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    Object unbound(org.springframework.validation.BindException e, HttpServletRequest request) {
        var field = e.getFieldError();
        String message = field == null
                ? text("request.invalid")
                : text(
                        "request.malformed",
                        field.getField(),
                        String.valueOf(field.getRejectedValue()),
                        expected(e.getBindingResult().getFieldType(field.getField())));
        return answer(request, HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, text("request.missing", e.getParameterName()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, text("request.method", e.getMethod()));
    }

    private String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return text("request.expected.number");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return text("request.expected.date");
        }
        return "";
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String message) {
        if (wantsPage(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(status);
            page.addObject("status", status.value());
            page.addObject("message", message);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(text("problem.title." + status.value()));
        problem.setProperty("code", status == HttpStatus.NOT_FOUND ? "PLATFORM_002" : "PLATFORM_003");
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }
}
