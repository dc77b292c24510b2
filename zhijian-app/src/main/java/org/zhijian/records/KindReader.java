package org.zhijian.records;

/** Reads one stored record of a kind into its module's own record type. */
@FunctionalInterface
public interface KindReader<R> {

    R read(StoredColumns row);
}
