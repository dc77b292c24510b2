/** Web conventions every module's pages and APIs use: crumbs, flash messages, error pages, downloads and query strings. */
@org.springframework.modulith.NamedInterface("web")
package org.zhijian.platform.web;
