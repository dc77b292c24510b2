/**
 * Classifications: GB/T 4754-2017 industries (sections and divisions) and the tree of product categories
 * whose {@code kind} decides which pass-rate indicator a sample counts toward.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "行业与产品分类",
        allowedDependencies = {"audit", "platform", "platform :: access", "platform :: cli", "platform :: web"})
package org.zhijian.classification;
