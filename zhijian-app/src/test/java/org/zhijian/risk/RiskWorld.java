package org.zhijian.risk;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.zhijian.complaint.ComplaintManagement;
import org.zhijian.complaint.ComplaintQuery;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;

/**
 * Fixtures of the risk tests: an outbreak of complaints about e-bike batteries in 辰溪县 (431223, 怀化市) in ISO week
 * 2025-W20 after ten quiet weeks, and the officers who handle it.
 */
final class RiskWorld {

    static final String COUNTY = "431223";
    static final String OTHER_COUNTY = "431202";
    static final String PREFECTURE = "431200";
    static final String CATEGORY = "CON-EBIKE-BAT";
    static final String WEEK = "2025-W20";
    static final LocalDate WEEK_START = LocalDate.of(2025, 5, 12);
    static final int[] BASELINE = {1, 0, 2, 1, 1, 0, 2, 1, 1, 1, 0, 1, 2, 1, 1};
    static final int OUTBREAK = 12;

    static final Actor PROVINCE = new Actor("it-risk-province", "PROVINCE_ADMIN", Scope.ALL, Scope.ALL, "127.0.0.1");
    static final Actor COUNTY_OFFICER =
            new Actor("it-risk-county", "COUNTY_OFFICER", Scope.county(COUNTY), Scope.county(COUNTY), "127.0.0.1");
    static final Actor OTHER_COUNTY_OFFICER = new Actor(
            "it-risk-county2", "COUNTY_OFFICER", Scope.county(OTHER_COUNTY), Scope.county(OTHER_COUNTY), "127.0.0.1");
    static final Actor PREFECTURE_OFFICER = new Actor(
            "it-risk-pref",
            "PREFECTURE_OFFICER",
            Scope.prefecture(PREFECTURE),
            Scope.prefecture(PREFECTURE),
            "127.0.0.1");
    static final Actor CHANGSHA_OFFICER = new Actor(
            "it-risk-changsha",
            "PREFECTURE_OFFICER",
            Scope.prefecture("430100"),
            Scope.prefecture("430100"),
            "127.0.0.1");

    private RiskWorld() {}

    /** Registers the quiet weeks and the outbreak once (the work-order numbers are fixed). */
    static void seed(ComplaintManagement complaints) {
        CurrentActor.runAs(PROVINCE, () -> {
            if (complaints
                            .search(
                                    new ComplaintQuery("RISK-IT-", null, null, COUNTY, null),
                                    org.zhijian.platform.PageRequest.of(1, 1))
                            .total()
                    > 0) {
                return null;
            }
            int n = 0;
            for (int w = 0; w < BASELINE.length; w++) {
                for (int i = 0; i < BASELINE[w]; i++) {
                    complaint(
                            complaints,
                            ++n,
                            WEEK_START.minusWeeks(BASELINE.length - w).plusDays(i));
                }
            }
            for (int i = 0; i < OUTBREAK; i++) {
                complaint(complaints, ++n, WEEK_START.plusDays(i % 7));
            }
            return null;
        });
    }

    private static void complaint(ComplaintManagement complaints, int n, LocalDate day) {
        Map<String, String> f = new HashMap<>();
        f.put("complaint_no", "RISK-IT-" + n);
        f.put("channel", "12315热线");
        f.put("received_at", day + " 10:00");
        f.put("respondent_name", "辰溪某电动车行");
        f.put("county_code", COUNTY);
        f.put("product", "电动自行车锂电池");
        f.put("category_code", CATEGORY);
        f.put("description", "电动自行车锂电池充电时鼓包起火");
        complaints.register(f);
    }
}
