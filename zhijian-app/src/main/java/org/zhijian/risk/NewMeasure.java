package org.zhijian.risk;

/**
 * A measure to take.
 *
 * @param title a consumer alert's title, a recall request's or interview's subject
 * @param detail the text (the alert, the request, the interview record, the referral's note)
 * @param targetRegion the region a referral goes to (prefecture or county code)
 * @param enterpriseUscc the enterprise of a recall request or an interview
 * @param institution the testing institution of a targeted sampling plan
 * @param samples the number of samples of a targeted sampling plan
 * @param categoryCode the category of a targeted sampling plan when the warning has none
 */
public record NewMeasure(
        MeasureKind kind,
        String title,
        String detail,
        String targetRegion,
        String enterpriseUscc,
        String institution,
        Integer samples,
        String categoryCode) {}
