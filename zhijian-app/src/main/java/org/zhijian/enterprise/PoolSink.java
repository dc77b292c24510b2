package org.zhijian.enterprise;

/**
 * Receives the members of a draw's object pool as they are read, without an object per member: a provincial pool
 * is most of a million-row registry.
 */
@FunctionalInterface
public interface PoolSink {

    /**
     * One member.
     *
     * @param utf8 a buffer holding the member's credit code as UTF-8 at {@code [from, to)}; valid only during the
     *     call (copy what is kept)
     * @param countyCode the county it is registered in (the same instance for all members of a county)
     * @param prefectureCode the prefecture of that county
     */
    void accept(byte[] utf8, int from, int to, String countyCode, String prefectureCode);
}
