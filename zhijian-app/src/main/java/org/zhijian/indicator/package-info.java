/**
 * Plan indicators (规划指标): the development plans' indicators with baseline, target and attribute, their values by
 * year (entered or computed from platform data) and their progress against the linear trajectory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "规划指标")
package org.zhijian.indicator;
