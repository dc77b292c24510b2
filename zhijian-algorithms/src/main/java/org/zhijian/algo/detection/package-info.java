/**
 * Early-warning detectors for weekly count series — EARS C1/C2/C3, Farrington (1996) and Farrington Flexible
 * (Noufaily 2013), Poisson CUSUM and Poisson GLR — and disproportionality (PRR, ROR) for category × hazard pairs.
 * By default each reproduces the R package surveillance 1.20.x, quirks included, so that thresholds and alarms agree
 * with it on the same input; the reference vectors in the tests come from R.
 */
package org.zhijian.algo.detection;
