package org.zhijian.records.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.platform.CreditFact;
import org.zhijian.platform.CreditFactSource;
import org.zhijian.platform.CreditFactSources;
import org.zhijian.records.Credited;
import org.zhijian.records.RecordKind;

/** The credit facts every record kind declares ({@link Credited}), as sources for the credit files. */
@Component
class RecordCreditFacts implements CreditFactSources {

    private final List<CreditFactSource> sources;

    RecordCreditFacts(JdbcClient jdbc, RecordKinds kinds) {
        this.sources = kinds.all().stream()
                .filter(k -> k.credited().isPresent())
                .<CreditFactSource>map(k -> new KindFacts(jdbc, k, k.credited().orElseThrow()))
                .toList();
    }

    @Override
    public List<CreditFactSource> creditFactSources() {
        return sources;
    }

    /** One kind's facts, read in one pass over its table. */
    private static final class KindFacts implements CreditFactSource {

        private final JdbcClient jdbc;
        private final RecordKind kind;
        private final Credited c;

        KindFacts(JdbcClient jdbc, RecordKind kind, Credited c) {
            this.jdbc = jdbc;
            this.kind = kind;
            this.c = c;
        }

        @Override
        public String code() {
            return kind.key();
        }

        @Override
        public String label() {
            return kind.label();
        }

        @Override
        public String origin() {
            return kind.origin();
        }

        @Override
        public void forEach(Consumer<CreditFact> sink) {
            jdbc.sql(select()).query(rs -> {
                sink.accept(fact(rs));
            });
        }

        private String select() {
            return "select %s, %s, %s, %s, %s, %s, %s, %s, id from %s where (%s) and %s is not null and %s is not null"
                    .formatted(
                            c.uscc(),
                            c.kind(),
                            c.reference(),
                            c.day(),
                            c.until(),
                            c.authority(),
                            c.summary(),
                            c.amount(),
                            kind.table(),
                            c.where(),
                            c.uscc(),
                            c.day());
        }

        private CreditFact fact(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new CreditFact(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, BigDecimal.class),
                    kind.page() + rs.getLong(9));
        }
    }
}
