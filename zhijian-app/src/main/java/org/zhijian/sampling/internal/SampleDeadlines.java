package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.algo.calendar.WorkingDayCalendar;
import org.zhijian.classification.CategoryKind;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.sampling.Deadline;
import org.zhijian.sampling.FollowUp;

/**
 * The deadlines of a sampling record (regulatory-rules-cn.md §4.2 and §4.4): re-test request 15 calendar days
 * from notification for products, 7 working days for food and agricultural products; rectification 60 and the
 * follow-up check 75 days from the order; publication 20 working days from the verdict. All configurable.
 */
@Component
class SampleDeadlines {

    private final SamplingCalendar calendar;
    private final ClassificationManagement classification;
    private final SamplingSettings settings;

    SampleDeadlines(SamplingCalendar calendar, ClassificationManagement classification, SamplingSettings settings) {
        this.calendar = calendar;
        this.classification = classification;
        this.settings = settings;
    }

    /** The last day to request a re-test after notification on {@code notifiedOn}. */
    LocalDate objectionDue(LocalDate notifiedOn, String categoryCode) {
        WorkingDayCalendar c = calendar.calendar();
        CategoryKind kind =
                classification.findCategory(categoryCode).map(x -> x.kind()).orElse(CategoryKind.INDUSTRIAL);
        return settings.workingDayKinds().contains(kind.name())
                ? c.plusWorkingDays(notifiedOn, settings.objectionWorkingDays())
                : c.plusCalendarDays(notifiedOn, settings.objectionDays(), settings.extendOverRestDays());
    }

    LocalDate publicationDue(LocalDate verdictOn) {
        return calendar.calendar().plusWorkingDays(verdictOn, settings.publicationWorkingDays());
    }

    LocalDate rectificationDue(LocalDate orderedOn) {
        return calendar.calendar()
                .plusCalendarDays(orderedOn, settings.rectificationDays(), settings.extendOverRestDays());
    }

    LocalDate recheckDue(LocalDate orderedOn) {
        return calendar.calendar().plusCalendarDays(orderedOn, settings.recheckDays(), settings.extendOverRestDays());
    }

    /** The deadlines to show for a record with this state, as of {@code today}. */
    List<Deadline> of(
            String verdict,
            String category,
            LocalDate reportDate,
            LocalDate notifiedOn,
            FollowUp followUp,
            LocalDate publishedOn,
            LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        if ("NONCONFORMING".equals(verdict) && notifiedOn != null) {
            LocalDate due = objectionDue(notifiedOn, category);
            deadlines.add(deadline("复检申请期限", notifiedOn, due, null, false));
        }
        if (reportDate != null && ("CONFORMING".equals(verdict) || "NONCONFORMING".equals(verdict))) {
            deadlines.add(kept("结果公开期限", reportDate, publicationDue(reportDate), publishedOn, today));
        }
        if (followUp != null) {
            deadlines.add(
                    kept("整改期限", followUp.orderedOn(), followUp.rectificationDue(), followUp.rectifiedOn(), today));
            deadlines.add(kept("复查期限", followUp.orderedOn(), followUp.recheckDue(), followUp.recheckedOn(), today));
        }
        return deadlines;
    }

    /** A deadline for something done on {@code doneOn} (null: not yet): met when done by the due day, overdue when not done after it. */
    private Deadline kept(String name, LocalDate from, LocalDate due, LocalDate doneOn, LocalDate today) {
        return deadline(
                name, from, due, doneOn == null ? null : !doneOn.isAfter(due), doneOn == null && today.isAfter(due));
    }

    private Deadline deadline(String name, LocalDate from, LocalDate due, Boolean met, boolean overdue) {
        return new Deadline(name, due, !calendar.knows(from) || !calendar.knows(due), met, overdue);
    }
}
