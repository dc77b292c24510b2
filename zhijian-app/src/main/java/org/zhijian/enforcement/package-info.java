/**
 * Enforcement cases (行政处罚): penalty decisions with the party, violation, legal basis, facts, penalties and the
 * publicity period, linked to the registry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "行政处罚",
        allowedDependencies = {"classification", "platform", "platform :: web", "records", "records :: endpoints"})
package org.zhijian.enforcement;
