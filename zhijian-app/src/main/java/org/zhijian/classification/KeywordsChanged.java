package org.zhijian.classification;

/**
 * A keyword dictionary changed, so descriptions classified automatically may now get another category or hazard.
 *
 * @param dictionary the dictionary that changed
 */
public record KeywordsChanged(KeywordDictionary dictionary) {}
