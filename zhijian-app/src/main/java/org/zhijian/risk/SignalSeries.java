package org.zhijian.risk;

/**
 * A signal with its weekly series up to the signal's week and the method's expected counts and thresholds over the
 * last weeks (null when the series is too short for a band).
 */
public record SignalSeries(Signal signal, SeriesView series, DetectionOutcome outcome) {}
