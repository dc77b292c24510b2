/**
 * Enterprise credit-risk classification (企业信用风险分类, classes A–D): a versioned points scheme evaluated over an
 * enterprise's credit facts, with a score sheet whose lines add up to the score.
 */
package org.zhijian.algo.credit;
