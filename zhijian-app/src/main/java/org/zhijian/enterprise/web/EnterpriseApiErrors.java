package org.zhijian.enterprise.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhijian.enterprise.InvalidEnterpriseException;
import org.zhijian.enterprise.internal.EnterpriseErrors;

/** Reports broken enterprise rules as a 422 problem with one entry per field. */
@RestControllerAdvice(assignableTypes = EnterpriseApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnterpriseApiErrors {

    @ExceptionHandler(InvalidEnterpriseException.class)
    ProblemDetail invalid(InvalidEnterpriseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(EnterpriseErrors.INVALID_FIELDS.httpStatus()), "企业信息有误：" + e.getMessage());
        problem.setTitle("数据校验未通过");
        problem.setProperty("code", EnterpriseErrors.INVALID_FIELDS.code());
        List<Map<String, String>> errors = e.problems().stream()
                .map(p ->
                        Map.of("field", p.field(), "message", p.message(), "rejectedValue", String.valueOf(p.value())))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
