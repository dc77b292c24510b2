/**
 * Validators for the identifiers that Chinese market entities carry: the unified social credit code
 * (GB 32100-2015), the legacy 15-digit registration number (GS 15-2006) and the organisation code
 * (GB 11714-1997). Pure functions; no I/O.
 */
package org.zhijian.algo.identifier;
