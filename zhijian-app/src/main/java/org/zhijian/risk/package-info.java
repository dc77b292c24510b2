/**
 * Risk monitoring and early warning (风险监测预警): statistical detection on count series with the detectors of
 * {@code zhijian-algorithms}, usable on any series an analyst brings ({@link org.zhijian.risk.SeriesDetection}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "风险监测预警",
        allowedDependencies = {
            "audit",
            "classification",
            "notification",
            "platform",
            "platform :: access",
            "platform :: cli",
            "platform :: web",
            "region",
            "sampling"
        })
package org.zhijian.risk;
