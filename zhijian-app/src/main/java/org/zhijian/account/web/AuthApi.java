package org.zhijian.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.IssuedToken;
import org.zhijian.account.internal.AccountErrors;
import org.zhijian.account.internal.ClientAddress;
import org.zhijian.account.internal.SignInRefusedException;
import org.zhijian.platform.BusinessRuleViolation;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证", description = "用户名和密码换取个人 API 令牌（Bearer）")
class AuthApi {

    private final AuthenticationManager authentication;
    private final AccountManagement accounts;

    private final ClientAddress clientAddress;
    private final MessageSource messages;

    AuthApi(
            AuthenticationManager authentication,
            AccountManagement accounts,
            ClientAddress clientAddress,
            MessageSource messages) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.clientAddress = clientAddress;
        this.messages = messages;
    }

    @PostMapping("/token")
    @Operation(
            summary = "签发 API 令牌",
            description =
                    "令牌只显示一次；之后请求带 Authorization: Bearer <token>。同一账户在同一地址 15 分钟内失败 5 次锁定该组合 15 分钟；同一账户各地址失败较多时逐步延迟；同一地址对多个账户大量失败时限流。被拒绝时返回 429 和 Retry-After。")
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
        attempt.setDetails(new WebAuthenticationDetails(clientAddress.of(request), null));
        try {
            authentication.authenticate(attempt);
        } catch (SignInRefusedException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage(e.code(), new Object[] {e.waitText()}, Locale.SIMPLIFIED_CHINESE));
            problem.setTitle("请求过多");
            problem.setProperty("code", e.code());
            problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        } catch (LockedException | BadCredentialsException | DisabledException e) {
            throw new BusinessRuleViolation(AccountErrors.BAD_CREDENTIALS);
        }
        IssuedToken issued = accounts.issueToken(body.username(), body.name(), body.days() == null ? 90 : body.days());
        return ResponseEntity.status(HttpStatus.CREATED).body(issued);
    }

    record TokenRequest(@NotBlank String username, @NotBlank String password, String name, Integer days) {}
}
