/**
 * Classifying short Chinese texts (complaint and injury descriptions) by weighted keyword dictionaries over the
 * words a segmenter found.
 */
package org.zhijian.algo.text;
