/** Deadlines in calendar days and in working days under the Chinese holiday arrangement (放假调休). */
package org.zhijian.algo.calendar;
