/**
 * Matching enterprise names as records write them to names in the registry: parsing a Chinese enterprise name into
 * region, trade name and industry, legal form and branch, and scoring a pair.
 */
package org.zhijian.algo.matching;
