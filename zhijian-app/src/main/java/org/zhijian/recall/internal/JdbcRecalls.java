package org.zhijian.recall.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.ClassifiedAs;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.recall.Recall;
import org.zhijian.recall.RecallManagement;
import org.zhijian.recall.RecallQuery;
import org.zhijian.recall.RecallSource;

/** Reads recalls. Recalls are public notices: every signed-in user may read them. */
@Service
class JdbcRecalls implements RecallManagement {

    private static final TablePage PAGE = new TablePage("recall", "recalled_on desc, id desc");

    private final JdbcClient jdbc;
    private final RecallLinking linking;

    private final RecallWatch watch;

    private final ClassificationManagement classification;

    private final RecallRegistration registration;

    JdbcRecalls(
            JdbcClient jdbc,
            RecallLinking linking,
            RecallWatch watch,
            ClassificationManagement classification,
            RecallRegistration registration) {
        this.registration = registration;
        this.classification = classification;
        this.jdbc = jdbc;
        this.linking = linking;
        this.watch = watch;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public Recall register(java.util.Map<String, String> fields) {
        return recall(registration.register(fields));
    }

    @Override
    public PageResult<org.zhijian.recall.WatchMatch> watchMatches(String status, PageRequest page) {
        return watch.matches(status, page);
    }

    @Override
    public void decideWatch(long recallId, String uscc, String status) {
        watch.decide(recallId, uscc, status == null ? "" : status.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public List<org.zhijian.enterprise.NameCandidate> candidates(long id) {
        return linking.candidates(recall(id));
    }

    @Override
    public Recall link(long id, String uscc) {
        linking.link(recall(id), uscc);
        return recall(id);
    }

    private Recall recall(long id) {
        return find(id).orElseThrow(() -> new BusinessRuleViolation(RecallErrors.NOT_FOUND, id));
    }

    @Override
    public PageResult<Recall> search(RecallQuery query, PageRequest page) {
        return PAGE.read(jdbc, filters(query), page, (rs, n) -> row(rs));
    }

    private Conditions filters(RecallQuery query) {
        return Conditions.all()
                // an unknown source matches nothing rather than everything
                .bind(
                        "source",
                        present(query.source())
                                ? RecallSource.parse(query.source())
                                        .map(Enum::name)
                                        .orElse("-")
                                : null,
                        "source = :source")
                .when(
                        "country",
                        query.country() == null ? null : query.country().toLowerCase(Locale.ROOT),
                        "(';' || replace(lower(origin_country), '; ', ';') || ';') like '%;' || :country || ';%'")
                .when(
                        "link",
                        query.link() == null ? null : query.link().toUpperCase(Locale.ROOT),
                        "link_status = :link")
                .when(
                        "enterprise",
                        query.enterprise(),
                        "manufacturer_uscc = :enterprise and link_status in ('LINKED', 'MATCHED')")
                .category(query.category(), classification::subtree)
                .words(query.q(), "search_text");
    }

    @Override
    public Optional<Recall> find(long id) {
        return PAGE.find(jdbc, Conditions.all(), id, (rs, n) -> row(rs));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Recall row(ResultSet rs) throws SQLException {
        return new Recall(
                rs.getLong("id"),
                RecallSource.valueOf(rs.getString("source")),
                rs.getString("reference"),
                rs.getString("recall_type"),
                rs.getString("risk_class"),
                rs.getString("status"),
                rs.getObject("recalled_on", LocalDate.class),
                rs.getString("product"),
                rs.getString("product_category"),
                rs.getString("brand"),
                rs.getString("model"),
                rs.getString("gtin"),
                rs.getString("batch"),
                rs.getString("quantity"),
                rs.getString("hazard"),
                rs.getString("hazard_category"),
                rs.getString("origin_country"),
                rs.getString("manufacturer"),
                rs.getString("manufacturer_uscc"),
                rs.getString("recalling_firm"),
                rs.getString("notifying_country"),
                rs.getString("measures"),
                rs.getString("distribution"),
                rs.getString("description"),
                rs.getString("url"),
                rs.getString("county_code"),
                rs.getString("link_status"),
                rs.getObject("updated_at", OffsetDateTime.class),
                ClassifiedAs.stored(
                        rs.getString("category_code"),
                        rs.getString("category_source"),
                        rs.getString("hazard_code"),
                        rs.getString("hazard_source")));
    }
}
