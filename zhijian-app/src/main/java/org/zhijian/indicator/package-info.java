/**
 * Plan indicators (规划指标): the development plans' indicators with baseline, target and attribute, their values by
 * year (entered or computed from platform data) and their progress against the linear trajectory.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "规划指标",
        allowedDependencies = {
            "audit",
            "notification",
            "platform",
            "platform :: access",
            "platform :: cli",
            "platform :: web",
            "region",
            "sampling"
        })
package org.zhijian.indicator;
