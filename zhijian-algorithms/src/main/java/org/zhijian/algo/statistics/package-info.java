/** Proportions and their intervals, contingency-table tests and the special functions they need. Pure functions. */
package org.zhijian.algo.statistics;
