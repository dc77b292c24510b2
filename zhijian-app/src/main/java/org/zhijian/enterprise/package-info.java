/**
 * The registry of market entities (市场主体名录), identified by their unified social credit code: search,
 * create, edit and file import.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "市场主体名录",
        allowedDependencies = {
            "audit",
            "classification",
            "importing",
            "platform",
            "platform :: access",
            "platform :: cli",
            "platform :: web",
            "region"
        })
package org.zhijian.enterprise;
