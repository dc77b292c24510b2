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

    /**
     * Adds a real code that fails the checksum, after review. Returns false if it was listed already.
     *
     * @param code the normalised code
     * @param reason why it is accepted (registration evidence)
     * @param addedBy who reviewed it
     */
    boolean add(String code, String reason, String addedBy) {
        int added = jdbc.sql(
                        "insert into uscc_override (code, reason, added_by) values (?, ?, ?) on conflict do nothing")
                .params(code, reason, addedBy)
                .update();
        codes = null;
        return added == 1;
    }
}
