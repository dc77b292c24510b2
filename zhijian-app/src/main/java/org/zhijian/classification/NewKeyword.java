package org.zhijian.classification;

/**
 * A term an officer adds to a dictionary.
 *
 * @param dictionary which dictionary
 * @param label the category or hazard code
 * @param term the word or phrase, 1 to 60 characters
 * @param weight from 0.1 to 5; 1 when not given
 */
public record NewKeyword(KeywordDictionary dictionary, String label, String term, Double weight) {}
