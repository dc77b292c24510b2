package org.zhijian.enterprise;

/**
 * An operating enterprise that can be drawn for an inspection.
 *
 * @param uscc unified social credit code
 * @param countyCode county it is registered in
 * @param prefectureCode prefecture of that county
 */
public record PoolMember(String uscc, String countyCode, String prefectureCode) {}
