/**
 * Credit supervision (信用监管): every enterprise's credit file built from the facts other modules state, the monthly
 * credit-risk classes A–D under a versioned scheme with score sheets, and class changes notified to the county.
 * Classes are an internal reference for allocating supervision (K2): officers see them, the public and enterprises
 * do not.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "信用监管",
        allowedDependencies = {
            "audit",
            "classification",
            "enterprise",
            "notification",
            "platform",
            "platform :: access",
            "platform :: cli",
            "platform :: web",
            "region"
        })
package org.zhijian.credit;
