/**
 * E-commerce listings (电商商品) found by monitoring or online sampling (网上抽查): their removal (下架) and referral
 * to the seller's local authority (属地查处) with the reply tracked, linked to the registry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "电商监测",
        allowedDependencies = {"audit", "classification", "platform", "platform::web", "records", "records::endpoints"})
package org.zhijian.ecommerce;
