package org.zhijian.risk;

import java.util.List;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/**
 * The warning workflow: 待研判 → 已研判 → 处置中 → 已办结, with measures, deadlines by risk level and escalation
 * of overdue warnings to the level above. Officers act on warnings in their area at or above the level handling
 * them; every change is audited and the region concerned notified.
 *
 * <p>Failures: {@code RISK_005} not found or outside the area, {@code RISK_006} invalid input, {@code RISK_007} not
 * allowed in the warning's state (or handled at a higher level now).
 */
public interface Warnings {

    PageResult<Warning> search(WarningQuery query, PageRequest page);

    Optional<Warning> find(long id);

    List<Measure> measures(long warningId);

    /** Signals behind a warning, strongest first. */
    List<Signal> signals(long warningId);

    /** Referrals awaiting a reply from the reader's region. */
    List<Measure> awaitingReply();

    Warning raise(NewWarning warning);

    /** Raises a warning from a signal (or adds the signal to the open warning on the same series). */
    Warning raiseFromSignal(long signalId);

    /** Assesses the risk with injury scenarios; the matrix sets the level; 待研判 → 已研判. */
    Warning assess(long id, List<ScenarioInput> scenarios);

    /** Closes a pending warning as no risk (误报/无需处置) with the reason. */
    Warning dismiss(long id, String reason);

    /** Takes a measure; 已研判 → 处置中. */
    Measure addMeasure(long warningId, NewMeasure measure);

    /** Records the reply to a referral or recall request (by the region it went to, or the warning's handlers). */
    Measure reply(long measureId, String reply);

    /** Publishes a consumer alert. */
    Measure publish(long measureId);

    /** 处置中 → 已办结 with a conclusion; open referrals for follow-up must have their replies. */
    Warning close(long id, String conclusion);

    /** Moves every overdue warning up a level; returns how many moved. */
    int escalateOverdue();

    /** The risk matrix in use: probability bands (lower bound) × severity 1–4. */
    org.zhijian.algo.risk.RiskMatrix matrix();

    /** Published consumer alerts, newest first (public). */
    PageResult<ConsumerAlert> consumerAlerts(String q, PageRequest page);
}
