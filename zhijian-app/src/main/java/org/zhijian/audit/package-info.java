/**
 * The audit trail: who did what, when, from which address, with before and after values. Append-only; the
 * database refuses updates and deletes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "审计",
        allowedDependencies = {"platform", "platform :: access"})
package org.zhijian.audit;
