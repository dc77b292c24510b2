package org.zhijian.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.ErrorCode;
import org.zhijian.platform.PlatformErrors;

/**
 * Turns failures of {@code /api/**} requests into RFC 9457 problem details with a stable {@code code} and a
 * Chinese {@code detail}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail businessRule(BusinessRuleViolation e) {
        return problem(e.errorCode(), e.arguments());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(PlatformErrors.VALIDATION_FAILED);
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError)
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(PlatformErrors.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(PlatformErrors.BAD_REQUEST, "文件过大");
    }

    private Map<String, Object> fieldError(FieldError error) {
        String message = messages.getMessage(error, CHINESE);
        return Map.of(
                "field",
                error.getField(),
                "message",
                message,
                "rejectedValue",
                String.valueOf(error.getRejectedValue()));
    }

    ProblemDetail problem(ErrorCode code, Object... args) {
        String detail = messages.getMessage(code.code(), args, code.code(), CHINESE);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(code.httpStatus()), detail);
        problem.setTitle(messages.getMessage("problem.title." + code.httpStatus(), null, detail, CHINESE));
        problem.setProperty("code", code.code());
        if (code.httpStatus() >= 500) {
            log.error("{}: {}", code.code(), detail);
        }
        return problem;
    }
}
