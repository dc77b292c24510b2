/**
 * Product quality-safety accidents (质量安全事故): reports of accidents involving a product — a fire, an explosion,
 * an injury at work — with their casualties and loss, linked to the enterprise involved, classified, counted per day
 * for risk monitoring and shown on the generic record pages. The whole module is one record kind, {@code
 * AccidentKind}: the worked example of {@code docs/record-kinds.md}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "质量安全事故",
        allowedDependencies = {"records"})
package org.zhijian.accident;
