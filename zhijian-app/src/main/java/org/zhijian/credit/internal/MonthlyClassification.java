package org.zhijian.credit.internal;

import java.time.YearMonth;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhijian.credit.CreditManagement;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;

/**
 * Classifies the month just ended under the scheme in use, early on the first of each month
 * ({@code zhijian.credit.classify-cron}); a run cut short by a stop resumes on the next call.
 */
@Component
class MonthlyClassification {

    private final CreditManagement credit;

    MonthlyClassification(CreditManagement credit) {
        this.credit = credit;
    }

    @Scheduled(cron = "${zhijian.credit.classify-cron:0 30 2 1 * *}")
    void classifyLastMonth() {
        CurrentActor.runAs(
                Actor.system("credit-monthly"),
                () -> credit.classify(YearMonth.now().minusMonths(1), null));
    }
}
