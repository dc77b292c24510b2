package org.zhijian.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reporting rounds: the province opens a year's round with a window, extends it for a prefecture, locks it; a
 * prefecture's officers enter values while its window is open and submit them; another officer of the prefecture
 * reviews (市州审核: passes or returns), the province decides (省级审定: approves or returns, with a comment). Every
 * step is audited.
 *
 * <p>Failures: {@code INDICATOR_001} unknown round or prefecture, {@code INDICATOR_002} invalid dates, {@code
 * INDICATOR_004} a step the submission's state or the window does not allow.
 */
public interface Rounds {

    ReportingRound open(String plan, int year, LocalDate opensOn, LocalDate closesOn);

    List<ReportingRound> rounds(String plan);

    Optional<ReportingRound> round(long id);

    ReportingRound extend(long id, String prefecture, LocalDate until);

    ReportingRound lock(long id);

    /** 填报 done: DRAFT or RETURNED → SUBMITTED. */
    ReportingRound submit(long id, String prefecture);

    /** 市州审核: SUBMITTED → REVIEWED, or RETURNED; by an officer of the prefecture other than the submitter. */
    ReportingRound review(long id, String prefecture, boolean pass, String comment);

    /** 省级审定: REVIEWED → APPROVED, or RETURNED; by the province. */
    ReportingRound decide(long id, String prefecture, boolean approve, String comment);
}
