/** The officers' workbench: the home page that summarises the registry and recent work. */
@org.springframework.modulith.ApplicationModule(displayName = "工作台")
package org.zhijian.workbench;
