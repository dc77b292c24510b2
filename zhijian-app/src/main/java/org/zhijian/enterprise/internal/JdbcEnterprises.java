package org.zhijian.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.enterprise.CodeCheck;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseForm;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.enterprise.EnterpriseScale;
import org.zhijian.enterprise.EnterpriseStatus;
import org.zhijian.enterprise.EnterpriseSummary;
import org.zhijian.enterprise.FieldProblem;
import org.zhijian.enterprise.InvalidEnterpriseException;
import org.zhijian.enterprise.PoolMember;
import org.zhijian.enterprise.PoolSink;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.region.Region;

@Service
class JdbcEnterprises implements EnterpriseManagement {

    private final JdbcClient jdbc;
    private final EnterpriseRules rules;
    private final EnterpriseSearch search;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final EnterpriseExport export;
    private final ClassificationManagement classification;

    private final NameCandidates nameCandidates;
    private final RomanizedNames romanizedNames;
    private final PoolReader poolReader;

    JdbcEnterprises(
            JdbcClient jdbc,
            EnterpriseRules rules,
            EnterpriseSearch search,
            CurrentActor currentActor,
            AuditTrail audit,
            EnterpriseExport export,
            ClassificationManagement classification,
            NameCandidates nameCandidates,
            RomanizedNames romanizedNames,
            PoolReader poolReader) {
        this.poolReader = poolReader;
        this.nameCandidates = nameCandidates;
        this.romanizedNames = romanizedNames;
        this.jdbc = jdbc;
        this.rules = rules;
        this.search = search;
        this.currentActor = currentActor;
        this.audit = audit;
        this.export = export;
        this.classification = classification;
    }

    @Override
    public List<org.zhijian.enterprise.NameCandidate> candidates(String writtenName, int limit) {
        return nameCandidates.candidates(writtenName, Math.max(1, Math.min(limit, 50)));
    }

    @Override
    public org.zhijian.enterprise.Resolution resolve(String uscc, String writtenName) {
        if (uscc != null && !uscc.isBlank()) {
            return find(uscc.strip())
                    .map(e -> new org.zhijian.enterprise.Resolution("LINKED", e.uscc()))
                    .orElse(org.zhijian.enterprise.Resolution.unresolved());
        }
        List<org.zhijian.enterprise.NameCandidate> best = nameCandidates.candidates(writtenName, 2);
        boolean unique = !best.isEmpty()
                && best.get(0).score() >= org.zhijian.algo.matching.NameMatch.MATCH
                && (best.size() == 1 || best.get(1).score() < org.zhijian.algo.matching.NameMatch.MATCH);
        return unique
                ? new org.zhijian.enterprise.Resolution("MATCHED", best.get(0).uscc())
                : org.zhijian.enterprise.Resolution.unresolved();
    }

    @Override
    public List<org.zhijian.enterprise.NameCandidate> foreignNameCandidates(String englishName, int limit) {
        return romanizedNames.candidates(englishName, Math.max(1, Math.min(limit, 50)));
    }

    @Override
    public PageResult<EnterpriseSummary> search(EnterpriseQuery query, PageRequest page) {
        return search.search(query, page);
    }

    @Override
    public Optional<Enterprise> find(String uscc) {
        Map<String, Object> params = new HashMap<>();
        String scope = search.scopeCondition(params);
        params.put("uscc", uscc == null ? "" : uscc.strip().toUpperCase(java.util.Locale.ROOT));
        return jdbc.sql("select * from enterprise where uscc = :uscc and " + scope)
                .params(params)
                .query(EnterpriseRows::enterprise)
                .optional();
    }

    @Override
    @Transactional
    public Enterprise create(EnterpriseForm form) {
        Validated v = validate(form);
        currentActor.get().checkWrite(v.county().code(), v.county().parent(), v.uscc());
        try {
            jdbc.sql("""
                    insert into enterprise (uscc, registration_number, organization_code, name, former_names,
                        legal_representative, address, county_code, prefecture_code, industry_code, scale, status,
                        established_on, category_codes, licences)
                    values (:uscc, :registrationNumber, :organizationCode, :name, :formerNames, :legalRepresentative,
                        :address, :countyCode, :prefectureCode, :industryCode, :scale, :status, :establishedOn,
                        :categoryCodes, cast(:licences as jsonb))""")
                    .paramSource(EnterpriseRows.parameters(form, v.uscc(), v.county()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleViolation(EnterpriseErrors.ALREADY_REGISTERED, v.uscc());
        }
        search.forgetCounts();
        Enterprise created = find(v.uscc()).orElseThrow();
        audit.record(new AuditEntry(
                "ENTERPRISE_CREATE", "enterprise", created.uscc(), "新增企业 " + created.name(), null, created));
        return created;
    }

    @Override
    @Transactional
    public Enterprise update(String uscc, EnterpriseForm form) {
        Enterprise existing = find(uscc).orElseThrow(() -> new BusinessRuleViolation(EnterpriseErrors.NOT_FOUND, uscc));
        if (!existing.uscc().equals(form.uscc().strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new InvalidEnterpriseException(List.of(new FieldProblem("uscc", form.uscc(), "统一社会信用代码不可更改")));
        }
        Validated v = validate(form);
        Actor actor = currentActor.get();
        actor.checkWrite(existing.countyCode(), existing.prefectureCode(), existing.uscc());
        actor.checkWrite(v.county().code(), v.county().parent(), v.uscc());
        jdbc.sql("""
                update enterprise set registration_number = :registrationNumber, organization_code = :organizationCode,
                    name = :name, former_names = :formerNames, legal_representative = :legalRepresentative,
                    address = :address, county_code = :countyCode, prefecture_code = :prefectureCode,
                    industry_code = :industryCode, scale = :scale, status = :status, established_on = :establishedOn,
                    category_codes = :categoryCodes, licences = cast(:licences as jsonb), updated_at = now()
                where uscc = :uscc""")
                .paramSource(EnterpriseRows.parameters(form, v.uscc(), v.county()))
                .update();
        search.forgetCounts();
        Enterprise updated = find(v.uscc()).orElseThrow();
        audit.record(new AuditEntry(
                "ENTERPRISE_UPDATE", "enterprise", updated.uscc(), "修改企业 " + updated.name(), existing, updated));
        return updated;
    }

    private Validated validate(EnterpriseForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        CodeCheck code = rules.checkCode(form.uscc());
        if (!code.valid()) {
            problems.add(new FieldProblem("uscc", form.uscc(), "统一社会信用代码无效：" + code.reason()));
        }
        rules.checkLegacyCodes(form.registrationNumber(), form.organizationCode(), problems);
        Region county = rules.county(form.countyCode(), problems);
        rules.checkIndustry(form.industryCode(), problems);
        rules.checkScaleAndStatus(form.scale(), form.status(), problems);
        rules.checkCategories(form.categoryCodes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidEnterpriseException(problems);
        }
        return new Validated(code.code(), county);
    }

    @Override
    public CodeCheck checkCode(String code) {
        return rules.checkCode(code);
    }

    @Override
    public long count() {
        return search.count(EnterpriseQuery.all());
    }

    @Override
    public long count(EnterpriseQuery query) {
        return search.count(query);
    }

    @Override
    public long export(EnterpriseQuery query, java.io.OutputStream out) throws java.io.IOException {
        return export.write(query, out);
    }

    @Override
    public Map<String, Long> countByRegion(String parent) {
        Map<String, Object> params = new HashMap<>();
        String scope = search.scopeCondition(params);
        String column = parent == null ? "prefecture_code" : "county_code";
        params.put("parent", parent == null ? "" : parent);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(*) from enterprise where " + scope
                        + (parent == null ? "" : " and prefecture_code = :parent") + " group by 1 order by 1")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public void forEachInPool(
            java.util.Collection<String> categoryCodes,
            java.util.Collection<String> regionCodes,
            java.util.function.Consumer<PoolMember> action) {
        readPool(
                categoryCodes,
                regionCodes,
                List::of,
                (utf8, from, to, county, prefecture) -> action.accept(
                        new PoolMember(new String(utf8, from, to - from, StandardCharsets.UTF_8), county, prefecture)));
    }

    @Override
    public void readPool(
            java.util.Collection<String> categoryCodes,
            java.util.Collection<String> regionCodes,
            java.util.function.Supplier<? extends java.util.Collection<String>> excluded,
            PoolSink sink) {
        poolReader.read(categoryCodes, regionCodes, excluded, sink);
    }

    @Override
    public Map<String, String> names(java.util.Collection<String> usccs) {
        Map<String, String> names = new HashMap<>();
        List<String> codes = List.copyOf(new java.util.LinkedHashSet<>(usccs));
        for (int from = 0; from < codes.size(); from += 1000) {
            Map<String, Object> params = new HashMap<>();
            String scope = search.scopeCondition(params);
            params.put("codes", codes.subList(from, Math.min(codes.size(), from + 1000)));
            jdbc.sql("select uscc, name from enterprise where uscc in (:codes) and " + scope)
                    .params(params)
                    .query(rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }

    @Override
    public List<org.zhijian.enterprise.RegistryEntry> operating(String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String scope = search.scopeCondition(params);
        params.put("after", after == null ? "" : after);
        params.put("limit", limit);
        return jdbc.sql("select uscc, county_code, prefecture_code, industry_code, established_on from enterprise"
                        + " where status = '存续' and uscc > :after and " + scope + " order by uscc limit :limit")
                .params(params)
                .query((rs, n) -> new org.zhijian.enterprise.RegistryEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }

    private record Validated(String uscc, Region county) {}

    static String scaleLabel(String scale) {
        return EnterpriseScale.fromLabel(scale).map(EnterpriseScale::label).orElse(null);
    }

    static String statusLabel(String status) {
        return EnterpriseStatus.fromLabel(status).map(EnterpriseStatus::label).orElseThrow();
    }
}
