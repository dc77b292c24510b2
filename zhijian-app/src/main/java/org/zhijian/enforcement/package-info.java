/**
 * Enforcement cases (行政处罚): penalty decisions with the party, violation, legal basis, facts, penalties and the
 * publicity period, linked to the registry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "行政处罚",
        allowedDependencies = {
            "audit",
            "classification",
            "platform",
            "platform :: access",
            "platform :: web",
            "records",
            "region"
        })
package org.zhijian.enforcement;
