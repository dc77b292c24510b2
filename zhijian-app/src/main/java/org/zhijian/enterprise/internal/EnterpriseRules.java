package org.zhijian.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhijian.algo.identifier.OrganizationCode;
import org.zhijian.algo.identifier.RegistrationNumber;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.algo.identifier.Verdict;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.Industry;
import org.zhijian.classification.ProductCategory;
import org.zhijian.enterprise.CodeCheck;
import org.zhijian.enterprise.EnterpriseScale;
import org.zhijian.enterprise.EnterpriseStatus;
import org.zhijian.enterprise.FieldProblem;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * The rules an enterprise's fields must satisfy, shared by the form, the API and the file import: identifier
 * check characters (with the override list), a known county, an industry division, known categories.
 */
@Component
class EnterpriseRules {

    private final UsccOverrides overrides;
    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private volatile Memo<Industry> divisionMemo;
    private volatile Memo<ProductCategory> categoryMemo;

    EnterpriseRules(UsccOverrides overrides, RegionManagement regions, ClassificationManagement classification) {
        this.overrides = overrides;
        this.regions = regions;
        this.classification = classification;
    }

    CodeCheck checkCode(String raw) {
        Verdict verdict = UnifiedSocialCreditCode.check(raw);
        List<String> warnings =
                verdict.warnings().stream().map(Verdict.Finding::message).toList();
        if (verdict.isValid()) {
            return new CodeCheck(verdict.normalized(), true, "", false, warnings);
        }
        if (overrides.contains(verdict.normalized())) {
            return new CodeCheck(verdict.normalized(), true, "", true, List.of("已列入校验例外名单：" + verdict.reason()));
        }
        return new CodeCheck(verdict.normalized(), false, verdict.reason(), false, warnings);
    }

    void checkLegacyCodes(String registrationNumber, String organizationCode, List<FieldProblem> problems) {
        if (registrationNumber != null && !registrationNumber.isBlank()) {
            Verdict v = RegistrationNumber.check(registrationNumber);
            if (!v.isValid()) {
                problems.add(new FieldProblem("registrationNumber", registrationNumber, "注册号无效：" + v.reason()));
            }
        }
        if (organizationCode != null && !organizationCode.isBlank()) {
            Verdict v = OrganizationCode.check(organizationCode);
            if (!v.isValid()) {
                problems.add(new FieldProblem("organizationCode", organizationCode, "组织机构代码无效：" + v.reason()));
            }
        }
    }

    Region county(String codeOrName, List<FieldProblem> problems) {
        Region county = regions.resolveCounty(codeOrName).orElse(null);
        if (county == null) {
            problems.add(new FieldProblem("countyCode", codeOrName, "未知的县市区（请填写 6 位区划代码或唯一的县市区名称）"));
        }
        return county;
    }

    void checkIndustry(String code, List<FieldProblem> problems) {
        if (code != null && !code.isBlank() && !divisions().contains(code)) {
            problems.add(new FieldProblem("industryCode", code, "未知的行业大类代码（GB/T 4754-2017 两位数字）"));
        }
    }

    void checkCategories(List<String> codes, List<FieldProblem> problems) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> known = categoryCodes();
        for (String code : codes) {
            if (!known.contains(code)) {
                problems.add(new FieldProblem("categoryCodes", code, "未知的产品类别代码“" + code + "”"));
            }
        }
    }

    void checkScaleAndStatus(String scale, String status, List<FieldProblem> problems) {
        if (scale != null
                && !scale.isBlank()
                && EnterpriseScale.fromLabel(scale).isEmpty()) {
            problems.add(new FieldProblem("scale", scale, "企业规模应为 大、中、小 或 微"));
        }
        if (status == null || EnterpriseStatus.fromLabel(status).isEmpty()) {
            problems.add(new FieldProblem("status", String.valueOf(status), "登记状态应为 存续、注销 或 吊销"));
        }
    }

    /** Known division codes; recomputed only when the classification module hands out a new list. */
    Set<String> divisions() {
        List<Industry> industries = classification.industries();
        Memo<Industry> memo = divisionMemo;
        if (memo == null || memo.source() != industries) {
            memo = new Memo<>(
                    industries,
                    industries.stream()
                            .filter(i -> !i.section())
                            .map(Industry::code)
                            .collect(Collectors.toUnmodifiableSet()));
            divisionMemo = memo;
        }
        return memo.codes();
    }

    private Set<String> categoryCodes() {
        List<ProductCategory> categories = classification.categories();
        Memo<ProductCategory> memo = categoryMemo;
        if (memo == null || memo.source() != categories) {
            memo = new Memo<>(
                    categories, categories.stream().map(ProductCategory::code).collect(Collectors.toUnmodifiableSet()));
            categoryMemo = memo;
        }
        return memo.codes();
    }

    private record Memo<T>(List<T> source, Set<String> codes) {}

    List<String> countyNames() {
        List<String> names = new ArrayList<>();
        for (Region r : regions.find(RegionLevel.COUNTY, null)) {
            names.add(r.code() + " "
                    + regions.findByCode(r.parent()).map(Region::name).orElse("") + r.name());
        }
        return names;
    }
}
