/**
 * Accounts, roles and region scope: form sign-in, personal API tokens, lock-out after repeated failures, the
 * first administrator and the demo accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "账户与权限")
package org.zhijian.account;
