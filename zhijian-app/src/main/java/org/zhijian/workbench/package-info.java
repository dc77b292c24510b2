/** The officers' workbench: the home page that summarises the registry and recent work. */
@org.springframework.modulith.ApplicationModule(
        displayName = "工作台",
        allowedDependencies = {
            "classification",
            "enterprise",
            "importing",
            "indicator",
            "platform",
            "platform :: access",
            "platform :: web",
            "records",
            "region",
            "risk",
            "sampling"
        })
package org.zhijian.workbench;
