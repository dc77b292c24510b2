package org.zhijian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
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

    @ExceptionHandler({NoResourceFoundException.class, org.springframework.web.servlet.NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "页面不存在：" + request.getRequestURI() + "，请检查地址或从菜单进入");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.BAD_REQUEST,
                "参数“" + e.getName() + "”的值“" + e.getValue() + "”格式不正确" + expected(e.getRequiredType()));
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    Object unbound(org.springframework.validation.BindException e, HttpServletRequest request) {
        var field = e.getFieldError();
        String message = field == null
                ? "请求参数不正确"
                : "参数“" + field.getField() + "”的值“" + field.getRejectedValue() + "”格式不正确"
                        + expected(e.getBindingResult().getFieldType(field.getField()));
        return answer(request, HttpStatus.BAD_REQUEST, message);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "缺少参数“" + e.getParameterName() + "”，请从页面上的链接或表单进入");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "此地址不支持 " + e.getMethod() + " 请求");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "，应为数字";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "，应为日期（如 2026-01-31）";
        }
        return "";
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String message) {
        if (wantsPage(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(status);
            page.addObject("status", status.value());
            page.addObject("message", message);
            return page;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "未找到" : "请求无效");
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
