package org.zhijian.platform;

import java.time.LocalDate;

/**
 * A record behind a count, for the signal page.
 *
 * @param reference the record's number (work order, case number, sample number …)
 * @param day the day it was counted on
 * @param title what it is about
 * @param link the record's page
 */
public record CountedRecord(String reference, LocalDate day, String title, String link) {}
