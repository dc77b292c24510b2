/**
 * Product injuries and accidents (产品伤害/事故): cases from hospital surveillance, reports and the media, with the
 * victim's age band and sex, injury type, body part and severity on the EU scale 1–4, linked to the registry.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "产品伤害",
        allowedDependencies = {"classification", "platform", "platform :: web", "records", "records :: endpoints"})
package org.zhijian.injury;
