/**
 * Administrative divisions (GB/T 2260): province → prefecture → county, loaded from a CSV file per province.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "行政区划",
        allowedDependencies = {"platform", "platform :: cli"})
package org.zhijian.region;
