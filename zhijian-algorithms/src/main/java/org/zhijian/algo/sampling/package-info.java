/**
 * Random selection for "double random, one public" (双随机、一公开) inspections: a seeded generator whose sequence
 * is fixed by this code (not by the Java release), a stratified weighted draw without replacement of inspection
 * targets, random assignment of at least two inspectors with recusal, and a hash of the pool so that a draw can
 * be re-run and verified years later. Pure functions; no I/O.
 */
package org.zhijian.algo.sampling;
