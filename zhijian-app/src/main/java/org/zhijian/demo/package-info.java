/**
 * Demo and scale data: a deterministic generator of realistic Hunan market entities, and the loader that
 * {@code ./zhijian demo} runs through the ordinary import path.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "演示数据",
        allowedDependencies = {
            "account",
            "classification",
            "credit",
            "enterprise",
            "importing",
            "indicator",
            "platform",
            "platform :: access",
            "platform :: cli",
            "region",
            "risk",
            "sampling"
        })
package org.zhijian.demo;
