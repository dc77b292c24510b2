/**
 * Safe file imports for every record kind: CSV (UTF-8, UTF-8 with BOM, GB18030) and XLSX read in constant
 * memory, every row validated, all-or-nothing by default, idempotent, with an error report and progress.
 * Record kinds plug in by implementing {@link org.zhijian.importing.ImportKind}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "数据导入",
        allowedDependencies = {"audit", "platform", "platform :: access", "platform :: cli", "platform :: web"})
package org.zhijian.importing;
