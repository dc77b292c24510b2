package org.zhijian.credit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.credit.ClassCounts;
import org.zhijian.credit.ClassQuery;
import org.zhijian.credit.ClassifiedEnterprise;
import org.zhijian.credit.RegionClasses;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.platform.access.AccessDeniedException;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * Counts and lists of the stored classes within the officer's area. Classes are internal (K2): a reader whose scope
 * is an enterprise or nothing is refused here, whatever page or API asked.
 */
@Component
class ClassReads {

    static final List<String> CLASSES = List.of("A", "B", "C", "D");

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final RegionManagement regions;
    private final SchemeStore schemes;

    ClassReads(JdbcClient jdbc, CurrentActor currentActor, RegionManagement regions, SchemeStore schemes) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.regions = regions;
        this.schemes = schemes;
    }

    /** The month and version a query asks about, once resolved. */
    record Resolved(YearMonth month, String version, Conditions where) {}

    /** The reader's scope, refused for enterprises and the public. */
    Scope officerScope() {
        Scope scope = currentActor.get().readScope();
        if (scope.kind() == Scope.Kind.ENTERPRISE || scope.kind() == Scope.Kind.NONE) {
            throw new AccessDeniedException();
        }
        return scope;
    }

    Resolved resolve(ClassQuery q) {
        officerScope(); // refused before anything is looked up
        String version = blank(q.scheme())
                ? schemes.inUse().version()
                : schemes.get(q.scheme().strip()).version();
        YearMonth month =
                blank(q.month()) ? latest(version).orElse(YearMonth.now().minusMonths(1)) : month(q.month());
        Conditions c = within(month, version, q.region()).when("industry", q.industry(), "industry_code = :industry");
        return new Resolved(month, version, c);
    }

    /**
     * The rows of a month and version within the officer's area, of a region when one is given: a prefecture or
     * county (the province's code is the whole area; an unknown code matches no county).
     */
    private Conditions within(YearMonth month, String version, String regionCode) {
        Conditions c = Conditions.within(officerScope())
                .bind("month", Date.valueOf(month.atDay(1)), "month = :month")
                .bind("version", version, "scheme_version = :version");
        if (!blank(regionCode)) {
            Optional<Region> region = regions.findByCode(regionCode.strip());
            if (region.isEmpty()) {
                c.bind("region", regionCode.strip(), "county_code = :region");
            } else if (region.get().level() != RegionLevel.PROVINCE) {
                c.region(region.get().code());
            }
        }
        return c;
    }

    static YearMonth month(String text) {
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.isAfter(YearMonth.now())) {
                throw new BusinessRuleViolation(CreditErrors.BAD_MONTH, text);
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new BusinessRuleViolation(CreditErrors.BAD_MONTH, text);
        }
    }

    /** The latest month classified to the end under a version. */
    Optional<YearMonth> latest(String version) {
        return jdbc.sql("select max(month) from credit_run where scheme_version = ? and status = 'DONE'")
                .param(version)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(YearMonth::from);
    }

    ClassCounts counts(ClassQuery query) {
        Resolved r = resolve(query);
        Map<String, Long> counts = grouped(r.where(), "'all'").getOrDefault("all", empty());
        return new ClassCounts(r.month(), r.version(), counts, total(counts));
    }

    List<RegionClasses> byRegion(ClassQuery query) {
        Resolved r = resolve(query);
        Optional<Region> region = blank(query.region())
                ? Optional.empty()
                : regions.findByCode(query.region().strip());
        boolean counties = region.isPresent() && region.get().level() != RegionLevel.PROVINCE
                || currentActor.get().readScope().kind() != Scope.Kind.ALL && region.isEmpty();
        Map<String, Map<String, Long>> grouped = grouped(r.where(), counties ? "county_code" : "prefecture_code");
        Function<String, String> name =
                code -> regions.findByCode(code).map(Region::name).orElse(code);
        return rows(grouped, name);
    }

    List<RegionClasses> byIndustry(ClassQuery query, Function<String, String> name) {
        Resolved r = resolve(query);
        return rows(grouped(r.where(), "coalesce(industry_code, '')"), name);
    }

    PageResult<ClassifiedEnterprise> enterprises(ClassQuery query, String creditClass, PageRequest page) {
        Resolved r = resolve(query);
        Conditions c = r.where();
        if (!blank(creditClass)) {
            List<String> classes = creditClass
                    .strip()
                    .chars()
                    .mapToObj(ch -> String.valueOf((char) ch))
                    .filter(CLASSES::contains)
                    .toList();
            c.bind("classes", classes.isEmpty() ? List.of("-") : classes, "credit_class in (:classes)");
        }
        return new TablePage(
                        "credit_class", "score desc, uscc", "uscc, county_code, industry_code, credit_class, score")
                .read(
                        jdbc,
                        c,
                        page,
                        (rs, n) -> new ClassifiedEnterprise(
                                rs.getString(1),
                                "",
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBigDecimal(5)));
    }

    PageResult<org.zhijian.credit.ClassMove> changes(ClassQuery query, PageRequest page) {
        Resolved r = resolve(query);
        Conditions c = within(r.month(), r.version(), query.region());
        return new TablePage("credit_class_change", "to_class desc, uscc", "uscc, county_code, from_class, to_class")
                .read(
                        jdbc,
                        c,
                        page,
                        (rs, n) -> new org.zhijian.credit.ClassMove(
                                rs.getString(1), "", rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /**
     * The draw classes by version, month and regions: a provincial pool's classes are hundreds of thousands of rows,
     * read once per month rather than per draw; a finished run forgets them.
     */
    private final Map<String, org.zhijian.credit.DrawClasses> drawClasses =
            new java.util.concurrent.ConcurrentHashMap<>();

    void forgetDrawClasses() {
        drawClasses.clear();
    }

    org.zhijian.credit.DrawClasses classesForDraw(java.util.Collection<String> regionCodes) {
        officerScope();
        String version = schemes.inUse().version();
        // the latest finished run; its end is in the key, so a re-run of the month (here or by the command line)
        // gives new classes
        Optional<Object[]> run = jdbc.sql("select month, cast(finished_at as text) from credit_run "
                        + "where scheme_version = ? and status = 'DONE' order by month desc limit 1")
                .param(version)
                .query((rs, n) -> new Object[] {YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getString(2)})
                .optional();
        Optional<YearMonth> month = run.map(r -> (YearMonth) r[0]);
        String key = version + "|" + run.map(r -> r[0] + "|" + r[1]).orElse("") + "|"
                + String.join(",", new java.util.TreeSet<>(regionCodes));
        if (drawClasses.size() > 16) {
            drawClasses.clear();
        }
        return drawClasses.computeIfAbsent(key, k -> readDrawClasses(version, month, regionCodes));
    }

    private org.zhijian.credit.DrawClasses readDrawClasses(
            String version, Optional<YearMonth> month, java.util.Collection<String> regionCodes) {
        if (month.isEmpty()) {
            return new org.zhijian.credit.DrawClasses(null, version, "B", Map.of());
        }
        Conditions c = Conditions.all()
                .bind("month", Date.valueOf(month.get().atDay(1)), "month = :month")
                .bind("version", version, "scheme_version = :version");
        if (!regionCodes.isEmpty()) {
            c.bind("regions", List.copyOf(regionCodes), "(county_code in (:regions) or prefecture_code in (:regions))");
        }
        String where = String.join(" and ", c.where());
        String common = jdbc.sql("select credit_class from credit_class where " + where
                        + " group by 1 order by count(*) desc, 1 limit 1")
                .params(c.params())
                .query(String.class)
                .optional()
                .orElse("B");
        Map<String, String> others = new java.util.HashMap<>();
        jdbc.sql("select uscc, credit_class from credit_class where " + where + " and credit_class <> :common")
                .params(c.params())
                .param("common", common)
                .query(rs -> {
                    others.put(rs.getString(1), rs.getString(2));
                });
        return new org.zhijian.credit.DrawClasses(month.get(), version, common, others);
    }

    private Map<String, Map<String, Long>> grouped(Conditions c, String key) {
        Map<String, Map<String, Long>> grouped = new LinkedHashMap<>();
        jdbc.sql("select " + key + ", credit_class, count(*) from credit_class where " + String.join(" and ", c.where())
                        + " group by 1, 2 order by 1")
                .params(c.params())
                .query(rs -> {
                    grouped.computeIfAbsent(rs.getString(1), k -> empty()).put(rs.getString(2), rs.getLong(3));
                });
        return grouped;
    }

    private static List<RegionClasses> rows(Map<String, Map<String, Long>> grouped, Function<String, String> name) {
        return grouped.entrySet().stream()
                .map(e -> new RegionClasses(e.getKey(), name.apply(e.getKey()), e.getValue(), total(e.getValue())))
                .toList();
    }

    static Map<String, Long> empty() {
        Map<String, Long> m = new LinkedHashMap<>();
        CLASSES.forEach(c -> m.put(c, 0L));
        return m;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
