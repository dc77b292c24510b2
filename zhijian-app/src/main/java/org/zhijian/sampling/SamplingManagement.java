package org.zhijian.sampling;

import java.util.List;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The sampling module's API. Plans are visible to and changed by the organiser's region (and the province). */
public interface SamplingManagement {

    /** Item templates of a category (all categories when {@code category} is blank). */
    List<ItemTemplate> templates(String category);

    /**
     * Adds an item template.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code SAMPLING_008} when the category has an item of
     *     that name, {@code SAMPLING_002} when a field is invalid
     */
    ItemTemplate addTemplate(ItemSpec spec);

    PageResult<PlanSummary> plans(PageRequest page);

    /** A plan within the reader's scope. */
    Optional<Plan> plan(long id);

    /**
     * Creates a plan; its inspection items are copied from the templates of its categories.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code SAMPLING_002} for invalid fields,
     *     {@code SAMPLING_003} for a target region outside the organiser's region, {@code SAMPLING_009} for a
     *     duplicate batch
     */
    Plan createPlan(PlanForm form);

    /**
     * Draws targets and inspectors for a plan from the current pool; {@code seed} {@code null} means a fresh
     * random seed. The draw awaits confirmation. Audited.
     */
    Draw draw(long planId, Long seed);

    /**
     * Confirms a draw; it can never change afterwards.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code SAMPLING_005} when already decided,
     *     {@code SAMPLING_006} when the plan has a confirmed draw, {@code SAMPLING_007} when a target lacks the
     *     required inspectors
     */
    Draw confirm(long drawId);

    /** Discards an undecided draw (it stays on record). */
    Draw discard(long drawId);

    /** Draws within the reader's scope, newest first, without selections; of one plan when {@code planId} is set. */
    PageResult<Draw> draws(Long planId, PageRequest page);

    /** A draw with its selections. */
    Optional<Draw> findDraw(long id);

    /** Re-runs a stored draw from its seed and snapshot and compares. */
    DrawVerification verify(long drawId);

    /** Records that an inspector has a conflict of interest with an enterprise (recused in later draws). */
    void declareConflict(String inspector, String uscc, String reason);

    /**
     * Records a sample taken for a plan (from its confirmed draw or, for plans of a higher level, directly).
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code SAMPLING_002} for invalid fields,
     *     {@code SAMPLING_011} for a sample number in use
     */
    Sample createSample(SampleForm form);

    PageResult<SampleSummary> samples(SampleQuery query, PageRequest page);

    /** A sampling record within the reader's scope, with all results. */
    Optional<Sample> sample(long id);

    /** Enters (or corrects) the results of one round; the verdict follows from the items' requirements. */
    Sample enterResults(long id, ResultsForm form);

    /** Deadlines, objections, follow-up and publication of a sampling record. */
    SampleStatus status(long id);

    /** Records that the enterprise was notified of the verdict; a non-conforming verdict orders rectification. */
    SampleStatus notifyEnterprise(long id, java.time.LocalDate notifiedOn);

    /**
     * Notifies the enterprises of every decided, not yet notified record of a plan reported on or before
     * {@code notifiedOn}, within the officer's area; returns how many were notified.
     */
    int notifyReported(long planId, java.time.LocalDate notifiedOn);

    /**
     * The enterprise (or an officer for it) requests a re-test of a notified non-conforming verdict.
     *
     * @throws org.zhijian.platform.BusinessRuleViolation {@code SAMPLING_013} after the period
     */
    SampleStatus fileObjection(long id, String reason);

    /** Accepts (a re-test follows as round 2) or rejects the open re-test request. */
    SampleStatus decideObjection(long id, boolean accept, String note);

    /** Records rectification done and/or the follow-up check with its outcome. */
    SampleStatus recordFollowUp(
            long id, java.time.LocalDate rectifiedOn, java.time.LocalDate recheckedOn, Boolean recheckPassed);

    /** Publishes every final result of a plan within the officer's area; returns how many were published. */
    int publish(long planId);

    /** Rectifications, follow-up checks and publications past their deadline, within the reader's scope. */
    PageResult<OverdueItem> overdue(PageRequest page);

    /** Published results for the public (no sign-in). */
    PageResult<PublishedResult> published(String q, String verdict, String region, Integer year, PageRequest page);

    /**
     * Announces ({@link RectificationOverdue}) every rectification and follow-up check that has become overdue and was
     * not announced before; runs every night and on demand. Returns how many were announced.
     */
    int announceOverdue();

    /** Pass rates within the reader's area, grouped as asked, with intervals, year-on-year change and the test. */
    PassRates passRates(PassRateQuery query);

    /** The overall pass rate (key: the year) of each of {@code years} years up to the query's year, for trends. */
    java.util.List<PassRate> yearlyRates(PassRateQuery query, int years);

    /**
     * The plan's sampling-based indicators for a year: manufacturing, consumer goods, food, agricultural products and
     * essential medicines, each unweighted and weighted by industry output.
     */
    java.util.List<QualityIndicator> indicators(Integer year, String region);
}
