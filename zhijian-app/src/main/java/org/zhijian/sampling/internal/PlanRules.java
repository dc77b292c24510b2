package org.zhijian.sampling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;
import org.zhijian.sampling.ItemSpec;
import org.zhijian.sampling.PlanForm;
import org.zhijian.sampling.PlanLevel;

/** Checks plans and inspection items before they are stored; problems are collected and reported together. */
@Component
class PlanRules {

    private static final Set<String> KINDS = Set.of("MAX", "MIN", "RANGE", "EQUALS", "QUALITATIVE");

    private final RegionManagement regions;
    private final ClassificationManagement classification;

    PlanRules(RegionManagement regions, ClassificationManagement classification) {
        this.regions = regions;
        this.classification = classification;
    }

    /** The organiser's region after checking the form. */
    Region check(PlanForm form) {
        List<String> problems = new ArrayList<>();
        if (form.year() == null || form.year() < 2000 || form.year() > 2100) {
            problems.add("年度应在 2000–2100 之间");
        }
        require(form.batch(), "批次", problems);
        require(form.title(), "计划名称", problems);
        require(form.institution(), "承检机构", problems);
        if (form.level() == null) {
            problems.add("请选择计划层级");
        }
        if (form.categories() == null || form.categories().isEmpty()) {
            problems.add("至少选择一个产品类别");
        } else {
            form.categories().stream()
                    .filter(c -> classification.findCategory(c).isEmpty())
                    .forEach(c -> problems.add("产品类别 " + c + " 不存在"));
        }
        if (form.targets() == null || form.targets().isEmpty()) {
            problems.add("至少为一个地区设定抽查数量");
        }
        ClassRatios.parse(form.classRatios(), problems);
        Region organizer = organizer(form, problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, String.join("；", problems));
        }
        checkTargets(organizer, form.targets());
        return organizer;
    }

    private Region organizer(PlanForm form, List<String> problems) {
        Region region = form.organizerRegion() == null
                ? null
                : regions.findByCode(form.organizerRegion().strip()).orElse(null);
        if (region == null) {
            problems.add("组织单位所在地区 " + form.organizerRegion() + " 不存在");
            return null;
        }
        RegionLevel expected = switch (form.level() == null ? PlanLevel.PROVINCE : form.level()) {
            case NATIONAL, PROVINCE -> RegionLevel.PROVINCE;
            case PREFECTURE -> RegionLevel.PREFECTURE;
            case COUNTY -> RegionLevel.COUNTY;
        };
        if (region.level() != expected) {
            problems.add("“" + form.level().label() + "”级计划的组织地区应为" + expected.label() + "，而 " + region.name() + " 是"
                    + region.level().label());
        }
        return region;
    }

    /** Every target region lies in the organiser's region, none inside another, counts are ≥ 0. */
    private void checkTargets(Region organizer, Map<String, Integer> targets) {
        for (Map.Entry<String, Integer> t : targets.entrySet()) {
            Region region = regions.findByCode(t.getKey()).orElse(null);
            if (region == null || region.level() == RegionLevel.PROVINCE || !within(region, organizer)) {
                throw new BusinessRuleViolation(SamplingErrors.REGION_OUTSIDE, t.getKey(), organizer.name());
            }
            if (t.getValue() == null || t.getValue() < 0 || t.getValue() > 100_000) {
                throw new BusinessRuleViolation(SamplingErrors.INVALID, region.name() + " 的抽查数量应在 0–100000 之间");
            }
            if (region.level() == RegionLevel.COUNTY && targets.containsKey(region.parent())) {
                throw new BusinessRuleViolation(SamplingErrors.INVALID, region.name() + " 已包含在所属市州的抽查数量中，不能重复设定");
            }
        }
    }

    private static boolean within(Region region, Region organizer) {
        return switch (organizer.level()) {
            case PROVINCE -> true;
            case PREFECTURE ->
                region.code().equals(organizer.code()) || organizer.code().equals(region.parent());
            case COUNTY -> region.code().equals(organizer.code());
        };
    }

    void check(ItemSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec.categoryCode() == null
                || classification.findCategory(spec.categoryCode()).isEmpty()) {
            problems.add("产品类别 " + spec.categoryCode() + " 不存在");
        }
        require(spec.name(), "检验项目", problems);
        require(spec.standard(), "依据标准", problems);
        if (spec.requirementKind() == null || !KINDS.contains(spec.requirementKind())) {
            problems.add("判定方式应为 MAX、MIN、RANGE、EQUALS 或 QUALITATIVE");
        } else {
            try {
                ItemRequirements.of(spec);
            } catch (IllegalArgumentException e) {
                problems.add("判定要求不完整：上限、下限或要求文字缺失，或下限大于上限");
            }
        }
        if (!"A".equals(spec.itemClass()) && !"B".equals(spec.itemClass())) {
            problems.add("不合格分类应为 A 或 B");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, String.join("；", problems));
        }
    }

    private static void require(String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + "不能为空");
        } else if (value.length() > 200) {
            problems.add(field + "不超过 200 字");
        }
    }
}
