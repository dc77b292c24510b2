/**
 * Recalls (召回): domestic voluntary and ordered recalls and foreign recalls and alerts (openFDA, EU RASFF, US CPSC),
 * imported in their native formats, searchable and listed with the source's own classification.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "召回",
        allowedDependencies = {
            "audit",
            "classification",
            "enterprise",
            "importing",
            "platform",
            "platform :: access",
            "platform :: web",
            "records",
            "region"
        })
package org.zhijian.recall;
