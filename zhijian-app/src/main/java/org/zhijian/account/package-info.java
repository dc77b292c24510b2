/**
 * Accounts, roles and region scope: form sign-in, personal API tokens, lock-out after repeated failures, the
 * first administrator and the demo accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "账户与权限",
        allowedDependencies = {
            "audit",
            "enterprise",
            "platform",
            "platform :: access",
            "platform :: cli",
            "platform :: web",
            "region"
        })
package org.zhijian.account;
