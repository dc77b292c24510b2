package org.zhijian.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.IssuedToken;
import org.zhijian.account.internal.AccountErrors;
import org.zhijian.platform.BusinessRuleViolation;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "认证", description = "用户名和密码换取个人 API 令牌（Bearer）")
class AuthApi {

    private final AuthenticationManager authentication;
    private final AccountManagement accounts;

    AuthApi(AuthenticationManager authentication, AccountManagement accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @PostMapping("/token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "签发 API 令牌", description = "令牌只显示一次；之后请求带 Authorization: Bearer <token>。连续失败 5 次锁定 15 分钟。")
    IssuedToken token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password());
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        try {
            authentication.authenticate(attempt);
        } catch (LockedException e) {
            throw new BusinessRuleViolation(AccountErrors.LOCKED);
        } catch (BadCredentialsException | DisabledException e) {
            throw new BusinessRuleViolation(AccountErrors.BAD_CREDENTIALS);
        }
        return accounts.issueToken(body.username(), body.name(), body.days() == null ? 90 : body.days());
    }

    record TokenRequest(@NotBlank String username, @NotBlank String password, String name, Integer days) {}
}
