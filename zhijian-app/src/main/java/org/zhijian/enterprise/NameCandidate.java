package org.zhijian.enterprise;

/**
 * A registered enterprise that a written name may mean.
 *
 * @param score from 0 to 1; at or above {@code NameMatch.MATCH} (0.9) the name is taken to mean this enterprise
 */
public record NameCandidate(String uscc, String name, String countyCode, double score) {}
