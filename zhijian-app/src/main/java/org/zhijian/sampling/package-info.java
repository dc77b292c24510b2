/**
 * Supervision sampling (监督抽查): plans with inspection items, verifiable double-random draws of targets and
 * inspectors (双随机), sampling records and results, and their publication (一公开).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "监督抽查",
        allowedDependencies = {
            "account",
            "audit",
            "classification",
            "credit",
            "enterprise",
            "importing",
            "platform",
            "platform :: access",
            "platform :: cli",
            "platform :: web",
            "records",
            "region"
        })
package org.zhijian.sampling;
