package org.zhijian.credit.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhijian.algo.credit.CreditScheme;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.credit.ClassChange;
import org.zhijian.credit.ClassCounts;
import org.zhijian.credit.ClassQuery;
import org.zhijian.credit.ClassRun;
import org.zhijian.credit.ClassifiedEnterprise;
import org.zhijian.credit.CreditFactView;
import org.zhijian.credit.CreditManagement;
import org.zhijian.credit.EnterpriseClass;
import org.zhijian.credit.RegionClasses;
import org.zhijian.credit.SchemeSummary;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.Conditions;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.TablePage;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;

@Service
class CreditService implements CreditManagement {

    private final JdbcClient jdbc;
    private final CreditFiles files;
    private final SchemeStore schemes;
    private final ClassificationRun run;
    private final ClassReads reads;
    private final EnterpriseManagement enterprises;
    private final Lookups lookups;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final NationalClasses nationals;
    private final ClassExport export;

    /** Names the pages and answers show: regions, industries and the facts' kinds. */
    record Lookups(RegionManagement regions, ClassificationManagement classification, MessageSource messages) {

        String region(String code) {
            return code == null || code.isBlank()
                    ? ""
                    : regions.findByCode(code).map(Region::name).orElse(code);
        }

        String industry(String code) {
            return code == null || code.isBlank()
                    ? "未注明行业"
                    : classification
                            .findIndustry(code)
                            .map(i -> code + " " + i.name())
                            .orElse(code);
        }

        String kind(String kind) {
            return messages.getMessage("credit.fact." + kind, null, kind, Locale.SIMPLIFIED_CHINESE);
        }
    }

    CreditService(
            JdbcClient jdbc,
            CreditFiles files,
            SchemeStore schemes,
            ClassificationRun run,
            ClassReads reads,
            EnterpriseManagement enterprises,
            RegionManagement regions,
            ClassificationManagement classification,
            MessageSource messages,
            CurrentActor currentActor,
            AuditTrail audit,
            NationalClasses nationals,
            ClassExport export) {
        this.nationals = nationals;
        this.export = export;
        this.jdbc = jdbc;
        this.files = files;
        this.schemes = schemes;
        this.run = run;
        this.reads = reads;
        this.enterprises = enterprises;
        this.lookups = new Lookups(regions, classification, messages);
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    public PageResult<CreditFactView> facts(String uscc, PageRequest page) {
        visible(uscc);
        return new TablePage(
                        "credit_fact",
                        "day desc, id desc",
                        "source, kind, reference, day, until, authority, summary, amount, link")
                .read(
                        jdbc,
                        Conditions.all().bind("uscc", uscc, "uscc = :uscc"),
                        page,
                        (rs, n) -> new CreditFactView(
                                rs.getString(1),
                                rs.getString(2),
                                lookups.kind(rs.getString(2)),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class),
                                rs.getString(6),
                                lookups.region(rs.getString(6)),
                                rs.getString(7),
                                rs.getBigDecimal(8),
                                rs.getString(9)));
    }

    /** The enterprise's name, when it is registered and in the officer's area; {@code CREDIT_001} otherwise. */
    private String visible(String uscc) {
        reads.officerScope();
        String name = enterprises.names(List.of(uscc == null ? "" : uscc)).get(uscc);
        if (name == null) {
            throw new BusinessRuleViolation(CreditErrors.NOT_FOUND, uscc);
        }
        return name;
    }

    @Override
    public int refresh() {
        return files.refreshDirty();
    }

    @Override
    public int rebuild() {
        currentActor.get().checkWritesProvince();
        return files.rebuild();
    }

    @Override
    public ClassRun classify(YearMonth month, String schemeVersion) {
        currentActor.get().checkWritesProvince();
        if (month == null || month.isAfter(YearMonth.now())) {
            throw new BusinessRuleViolation(CreditErrors.BAD_MONTH, String.valueOf(month));
        }
        CreditScheme inUse = schemes.inUse();
        CreditScheme scheme = schemeVersion == null || schemeVersion.isBlank() ? inUse : schemes.get(schemeVersion);
        String by = currentActor.get().username();
        run.run(month, scheme, by, scheme.version().equals(inUse.version()));
        audit.record(AuditEntry.of("CREDIT_CLASSIFY", "credit_run", month + "/" + scheme.version(), "信用风险分类 " + month));
        return runs().stream()
                .filter(r -> r.month().equals(month) && r.schemeVersion().equals(scheme.version()))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public List<ClassRun> runs() {
        return jdbc.sql("""
                select r.month, r.scheme_version, r.status, r.classified,
                    (select count(*) from credit_class_change c where c.month = r.month
                        and c.scheme_version = r.scheme_version),
                    r.started_by, r.started_at, r.finished_at
                from credit_run r order by r.month desc, r.started_at desc""")
                .query((rs, n) -> new ClassRun(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class),
                        rs.getObject(8, java.time.OffsetDateTime.class)))
                .list();
    }

    @Override
    public Optional<EnterpriseClass> classOf(String uscc, YearMonth month, String schemeVersion) {
        String name = visible(uscc);
        CreditScheme scheme =
                schemeVersion == null || schemeVersion.isBlank() ? schemes.inUse() : schemes.get(schemeVersion);
        return jdbc.sql("select month, credit_class, score, score_class, sheet from credit_class "
                        + "where uscc = ? and scheme_version = ? and (cast(? as date) is null or month = ?) "
                        + "order by month desc limit 1")
                .params(
                        uscc,
                        scheme.version(),
                        month == null ? null : Date.valueOf(month.atDay(1)),
                        month == null ? null : Date.valueOf(month.atDay(1)))
                .query((rs, n) -> new EnterpriseClass(
                        uscc,
                        name,
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        scheme.version(),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        ClassRows.lines(scheme, rs.getString(5)),
                        ClassRows.rules(scheme, rs.getString(5)),
                        nationals
                                .of(YearMonth.from(rs.getObject(1, LocalDate.class)), uscc)
                                .orElse(null)))
                .optional();
    }

    @Override
    public List<ClassChange> history(String uscc) {
        visible(uscc);
        return jdbc.sql("select month, scheme_version, from_class, to_class from credit_class_change "
                        + "where uscc = ? and scheme_version = ? order by month desc")
                .params(uscc, schemes.inUse().version())
                .query((rs, n) -> new ClassChange(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    @Override
    public ClassCounts counts(ClassQuery query) {
        return reads.counts(query);
    }

    @Override
    public List<RegionClasses> byRegion(ClassQuery query) {
        return reads.byRegion(query);
    }

    @Override
    public List<RegionClasses> byIndustry(ClassQuery query) {
        return reads.byIndustry(query, lookups::industry);
    }

    @Override
    public PageResult<ClassifiedEnterprise> enterprises(ClassQuery query, String creditClass, PageRequest page) {
        PageResult<ClassifiedEnterprise> found = reads.enterprises(query, creditClass, page);
        Map<String, String> names = enterprises.names(
                found.items().stream().map(ClassifiedEnterprise::uscc).toList());
        return found.map(e -> new ClassifiedEnterprise(
                e.uscc(),
                names.getOrDefault(e.uscc(), e.uscc()),
                e.countyCode(),
                e.industryCode(),
                e.creditClass(),
                e.score()));
    }

    @Override
    public PageResult<org.zhijian.credit.ClassMove> changes(ClassQuery query, PageRequest page) {
        PageResult<org.zhijian.credit.ClassMove> found = reads.changes(query, page);
        Map<String, String> names = enterprises.names(
                found.items().stream().map(org.zhijian.credit.ClassMove::uscc).toList());
        return found.map(m -> new org.zhijian.credit.ClassMove(
                m.uscc(), names.getOrDefault(m.uscc(), m.uscc()), m.countyCode(), m.fromClass(), m.toClass()));
    }

    @Override
    public org.zhijian.credit.DrawClasses classesForDraw(java.util.Collection<String> regionCodes) {
        return reads.classesForDraw(regionCodes);
    }

    @Override
    public org.zhijian.credit.NationalImport importNational(String fileName, byte[] content, String source) {
        currentActor.get().checkWritesProvince();
        String from = source == null || source.isBlank() ? "国家企业信用信息公示系统" : source.strip();
        var done = nationals.load(fileName, content, from, currentActor.get().username());
        audit.record(AuditEntry.of(
                "CREDIT_NATIONAL_IMPORT",
                "credit_national_class",
                fileName,
                "导入" + from + "的信用风险分类 " + done.rows() + " 行"));
        if (nationals.overrides()) {
            String inUse = schemes.inUse().version();
            runs().stream()
                    .filter(r ->
                            r.schemeVersion().equals(inUse) && done.months().contains(r.month()))
                    .forEach(r -> classify(r.month(), inUse));
        }
        return done;
    }

    @Override
    public long exportClasses(ClassQuery query, String format, java.io.OutputStream out) throws java.io.IOException {
        long n = export.write(query, format, out);
        audit.record(AuditEntry.of(
                "CREDIT_EXPORT",
                "credit_class",
                String.valueOf(query.month()),
                "导出信用风险分类 " + n + " 家（" + format + "）"));
        return n;
    }

    @Override
    public List<SchemeSummary> schemes() {
        reads.officerScope();
        schemes.inUse();
        return schemes.all();
    }

    @Override
    public Optional<CreditScheme> scheme(String version) {
        reads.officerScope();
        try {
            return Optional.of(schemes.get(version));
        } catch (BusinessRuleViolation e) {
            return Optional.empty();
        }
    }

    @Override
    public SchemeSummary loadScheme(String fileName, byte[] content, boolean use) {
        currentActor.get().checkWritesProvince();
        CreditScheme scheme = SchemeStore.parse(fileName, content);
        SchemeSummary stored = schemes.store(scheme, currentActor.get().username(), use);
        audit.record(
                AuditEntry.of("CREDIT_SCHEME_LOAD", "credit_scheme", scheme.version(), "载入信用风险分类方案 " + scheme.name()));
        return stored;
    }

    @Override
    public SchemeSummary useScheme(String version) {
        currentActor.get().checkWritesProvince();
        schemes.use(version);
        audit.record(AuditEntry.of("CREDIT_SCHEME_USE", "credit_scheme", version, "启用信用风险分类方案 " + version));
        return schemes.all().stream()
                .filter(s -> s.version().equals(version))
                .findFirst()
                .orElseThrow();
    }
}
