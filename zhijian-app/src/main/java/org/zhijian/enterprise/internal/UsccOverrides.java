package org.zhijian.enterprise.internal;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Real credit codes known to fail the checksum, accepted after review (table {@code uscc_override}). */
@Repository
class UsccOverrides {

    private final JdbcClient jdbc;
    private volatile Set<String> codes;

    UsccOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean contains(String code) {
        Set<String> set = codes;
        if (set == null) {
            set = Set.copyOf(jdbc.sql("select code from uscc_override")
                    .query(String.class)
                    .list());
            codes = set;
        }
        return set.contains(code);
    }
}
