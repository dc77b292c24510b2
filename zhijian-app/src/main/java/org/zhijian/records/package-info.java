/**
 * Record kinds (记录类型): one declaration per kind of record a module keeps in its own table — complaints,
 * injuries, penalty decisions, listings, recalls, samples — with its typed fields and checks, its link to the
 * registry, its classified text and the series it contributes. The engines here serve every registered
 * {@link org.zhijian.records.RecordKind}: file import and single registration, linking to the registry,
 * classification by keywords, daily counts for risk monitoring and the one search box. The owning module keeps its
 * table, its record, its query and its workflow; the SQL issued here is generated from the kind's declaration.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "记录类型",
        allowedDependencies = {
            "audit",
            "classification",
            "enterprise",
            "importing",
            "platform",
            "platform :: access",
            "platform :: web",
            "region"
        })
package org.zhijian.records;
