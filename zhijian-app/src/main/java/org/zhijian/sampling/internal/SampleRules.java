package org.zhijian.sampling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.SampleForm;

/** Checks a sampling record before it is stored; all problems are reported together. */
@Component
class SampleRules {

    private final EnterpriseManagement enterprises;
    private final AccountManagement accounts;
    private final SamplingSettings settings;

    SampleRules(EnterpriseManagement enterprises, AccountManagement accounts, SamplingSettings settings) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.settings = settings;
    }

    /** The sampled enterprise after checking the form against its plan (and draw, when given). */
    Enterprise check(SampleForm form, Plan plan, Draw draw) {
        List<String> problems = new ArrayList<>();
        Enterprise enterprise = form.enterpriseUscc() == null
                ? null
                : enterprises
                        .find(form.enterpriseUscc().strip().toUpperCase(java.util.Locale.ROOT))
                        .orElse(null);
        if (enterprise == null) {
            problems.add("被抽样企业 " + form.enterpriseUscc() + " 不在名录中");
        }
        if (form.categoryCode() == null || !plan.categories().contains(form.categoryCode())) {
            problems.add("产品类别应为计划中的类别之一：" + String.join("、", plan.categories()));
        }
        required(form.sampleName(), "样品名称", problems);
        required(form.quantity(), "抽样数量", problems);
        required(form.manufacturerName(), "标称生产者", problems);
        if (form.placeType() == null) {
            problems.add("请选择抽样环节");
        }
        if (form.sampledOn() == null || form.sampledOn().isAfter(LocalDate.now())) {
            problems.add("抽样日期不能为空，也不能晚于今天");
        }
        if (form.price() != null && form.price().signum() < 0) {
            problems.add("单价不能为负数");
        }
        checkInspectors(form.inspectors(), problems);
        if (draw != null) {
            checkDraw(form, plan, draw, problems);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(SamplingErrors.INVALID, String.join("；", problems));
        }
        return enterprise;
    }

    private void checkInspectors(List<String> inspectors, List<String> problems) {
        List<String> names = inspectors == null
                ? List.of()
                : inspectors.stream()
                        .filter(i -> i != null && !i.isBlank())
                        .distinct()
                        .toList();
        if (names.size() < settings.inspectorsPerTask()) {
            problems.add("抽样人员至少 " + settings.inspectorsPerTask() + " 名");
        }
        names.stream()
                .filter(n -> accounts.find(n.strip())
                        .filter(u -> u.role() == Role.INSPECTOR && u.enabled())
                        .isEmpty())
                .forEach(n -> problems.add("抽样人员 " + n + " 不是有效的检查员账户"));
    }

    private static void checkDraw(SampleForm form, Plan plan, Draw draw, List<String> problems) {
        if (draw.planId() != plan.id() || !"CONFIRMED".equals(draw.status())) {
            problems.add("抽取记录 #" + draw.id() + " 不是本计划已确认的抽取");
        } else if (draw.selections().stream()
                .noneMatch(t -> t.uscc().equalsIgnoreCase(form.enterpriseUscc().strip()))) {
            problems.add("企业 " + form.enterpriseUscc() + " 不在抽取 #" + draw.id() + " 的抽中名单中");
        }
    }

    private static void required(String value, String field, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + "不能为空");
        } else if (value.length() > 200) {
            problems.add(field + "不超过 200 字");
        }
    }
}
