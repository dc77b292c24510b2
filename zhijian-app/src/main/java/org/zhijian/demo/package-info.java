/**
 * Demo and scale data: a deterministic generator of realistic Hunan market entities, and the loader that
 * {@code ./zhijian demo} runs through the ordinary import path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据")
package org.zhijian.demo;
