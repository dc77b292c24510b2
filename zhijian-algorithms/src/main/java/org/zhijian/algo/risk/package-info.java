/** Risk assessment of a product hazard: injury scenarios read through a severity × probability matrix. */
package org.zhijian.algo.risk;
