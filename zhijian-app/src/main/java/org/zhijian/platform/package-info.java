/**
 * Platform services every module uses: the database (embedded or external), the command line, the web
 * conventions (paged lists, problem details) and business-rule failures.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "平台基础",
        allowedDependencies = {})
package org.zhijian.platform;
