package org.zhijian.credit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.algo.credit.InvalidSchemeException;
import org.zhijian.credit.SchemeSummary;
import org.zhijian.platform.BusinessRuleViolation;

/**
 * The classification schemes: every version loaded is kept (the results of a month stay beside the version that gave
 * them), one is in use. The Hunan default ({@code masterdata/credit-scheme-hunan.json}) is loaded when none is.
 */
@Component
class SchemeStore {

    static final String DEFAULT = "/masterdata/credit-scheme-hunan.json";

    private final JdbcClient jdbc;
    private final Map<String, CreditScheme> cache = new ConcurrentHashMap<>();

    SchemeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Parses and checks a scheme file; nothing is stored. */
    static CreditScheme parse(String fileName, byte[] content) {
        try {
            return SchemeSheets.isSheet(fileName) ? SchemeSheets.read(fileName, content) : SchemeJson.read(content);
        } catch (InvalidSchemeException e) {
            throw new BusinessRuleViolation(CreditErrors.BAD_SCHEME, String.join("；", e.problems()));
        }
    }

    /** Stores a version (the same content again changes nothing); {@code use} makes it the one in use. */
    @Transactional
    SchemeSummary store(CreditScheme scheme, String by, boolean use) {
        String body = SchemeJson.write(scheme);
        Optional<String> existing = jdbc.sql("select body from credit_scheme where version = ?")
                .param(scheme.version())
                .query(String.class)
                .optional();
        if (existing.isPresent() && !existing.get().equals(body)) {
            throw new BusinessRuleViolation(
                    CreditErrors.BAD_SCHEME, "版本 " + scheme.version() + " 已载入且内容不同；修改后的方案请使用新的版本号");
        }
        if (existing.isEmpty()) {
            jdbc.sql("insert into credit_scheme (version, name, body, loaded_by) values (?, ?, ?, ?)")
                    .params(scheme.version(), scheme.name(), body, by)
                    .update();
        }
        boolean none = jdbc.sql("select count(*) from credit_scheme where in_use")
                        .query(Long.class)
                        .single()
                == 0;
        if (use || none) {
            use(scheme.version());
        }
        return summary(scheme.version()).orElseThrow();
    }

    @Transactional
    void use(String version) {
        get(version);
        jdbc.sql("update credit_scheme set in_use = false where in_use and version <> ?")
                .param(version)
                .update();
        jdbc.sql("update credit_scheme set in_use = true where version = ?")
                .param(version)
                .update();
    }

    /** The scheme in use, loading the default first when there is none. */
    CreditScheme inUse() {
        Optional<String> version = jdbc.sql("select version from credit_scheme where in_use")
                .query(String.class)
                .optional();
        if (version.isEmpty()) {
            return installDefault();
        }
        return get(version.get());
    }

    /** A stored version; {@code CREDIT_004} when unknown. */
    CreditScheme get(String version) {
        return cache.computeIfAbsent(
                version,
                v -> jdbc.sql("select body from credit_scheme where version = ?")
                        .param(v)
                        .query(String.class)
                        .optional()
                        .map(body -> SchemeJson.read(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .orElseThrow(() -> new BusinessRuleViolation(CreditErrors.NO_SCHEME, v)));
    }

    synchronized CreditScheme installDefault() {
        try (InputStream in = SchemeStore.class.getResourceAsStream(DEFAULT)) {
            CreditScheme scheme = SchemeJson.read(in.readAllBytes());
            store(scheme, "system", false);
            return get(jdbc.sql("select version from credit_scheme where in_use")
                    .query(String.class)
                    .single());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<SchemeSummary> all() {
        return jdbc
                .sql("select version from credit_scheme order by loaded_at desc, version desc")
                .query(String.class)
                .list()
                .stream()
                .map(v -> summary(v).orElseThrow())
                .toList();
    }

    private Optional<SchemeSummary> summary(String version) {
        return jdbc.sql("select version, name, loaded_by, loaded_at, in_use from credit_scheme where version = ?")
                .param(version)
                .query((rs, n) -> new SchemeSummary(
                        rs.getString(1),
                        rs.getString(2),
                        get(version).indicators().size(),
                        rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class),
                        rs.getBoolean(5)))
                .optional();
    }
}
