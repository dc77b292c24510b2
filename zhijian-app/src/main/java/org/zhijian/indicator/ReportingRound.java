package org.zhijian.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's reporting round of a plan and where each prefecture's submission stands.
 *
 * @param locked closed by the province: no value may change any more
 * @param submissions one per prefecture
 */
public record ReportingRound(
        long id,
        String plan,
        int year,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean locked,
        List<Submission> submissions) {

    public ReportingRound {
        submissions = List.copyOf(submissions);
    }

    /**
     * One prefecture's submission.
     *
     * @param status DRAFT 填报中, SUBMITTED 待市州审核, REVIEWED 待省级审定, APPROVED 已审定, RETURNED 已退回
     * @param extendedUntil the prefecture's own closing day, when extended
     * @param open whether the prefecture may still enter values today
     * @param steps every step with its comment, oldest first
     */
    public record Submission(
            String prefectureCode,
            String prefectureName,
            String status,
            String statusLabel,
            LocalDate extendedUntil,
            boolean open,
            List<Step> steps) {

        public Submission {
            steps = List.copyOf(steps);
        }
    }

    /** A step of a submission: who did what, with what comment. */
    public record Step(String action, String comment, String actor, java.time.OffsetDateTime at) {}
}
