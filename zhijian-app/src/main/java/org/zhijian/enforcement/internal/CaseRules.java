package org.zhijian.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.algo.identifier.Verdict;
import org.zhijian.importing.CellDate;
import org.zhijian.platform.RowError;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** Checks a penalty decision's fields, the same for a file row and an API request; values in {@link #STORED} order. */
@Component
class CaseRules {

    static final List<String> STORED = List.of(
            "case_no",
            "party_name",
            "party_uscc",
            "county_code",
            "prefecture_code",
            "violation_type",
            "legal_basis",
            "facts",
            "fine_amount",
            "confiscation",
            "suspension",
            "revocation",
            "decided_on",
            "publicity_until",
            "search_text");

    private final RegionManagement regions;

    CaseRules(RegionManagement regions) {
        this.regions = regions;
    }

    static String type(String column) {
        return switch (column) {
            case "decided_on", "publicity_until" -> "date";
            case "fine_amount" -> "numeric(16, 2)";
            case "suspension", "revocation" -> "boolean";
            default -> "text";
        };
    }

    String[] check(long line, Map<String, String> in, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        Function<String, String> text = k -> in.get(k) == null ? "" : in.get(k).strip();
        BiConsumer<String, String> problem =
                (k, m) -> problems.add(new RowError(line, CaseColumns.header(k), text.apply(k), m));
        for (String key : List.of("case_no", "party_name", "violation_type")) {
            if (text.apply(key).isEmpty()) {
                problem.accept(key, CaseColumns.header(key) + "不能为空");
            }
        }
        String uscc = null;
        if (!text.apply("party_uscc").isEmpty()) {
            Verdict v = UnifiedSocialCreditCode.check(text.apply("party_uscc"));
            if (!v.isValid()) {
                problem.accept("party_uscc", v.reason());
            }
            uscc = v.normalized();
        }
        Region county = regions.findByCode(text.apply("county_code"))
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .orElse(null);
        if (county == null) {
            problem.accept("county_code", "不是县级行政区划代码");
        }
        LocalDate decided = CellDate.parse(text.apply("decided_on")).orElse(null);
        if (decided == null || decided.isAfter(LocalDate.now())) {
            problem.accept("decided_on", "日期缺失、无法识别或晚于今天");
        }
        LocalDate until = CellDate.parse(text.apply("publicity_until")).orElse(null);
        if (!text.apply("publicity_until").isEmpty()
                && (until == null || (decided != null && until.isBefore(decided)))) {
            problem.accept("publicity_until", "无法识别，或早于处罚决定日期");
        }
        String fine = fine(text.apply("fine_amount"), m -> problem.accept("fine_amount", m));
        String suspension = yesNo(text.apply("suspension"), m -> problem.accept("suspension", m));
        String revocation = yesNo(text.apply("revocation"), m -> problem.accept("revocation", m));
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        String search = String.join(
                        " ",
                        text.apply("case_no"),
                        text.apply("party_name"),
                        text.apply("violation_type"),
                        text.apply("legal_basis"),
                        text.apply("facts"))
                .toLowerCase(Locale.ROOT);
        return new String[] {
            text.apply("case_no"),
            text.apply("party_name"),
            uscc,
            county.code(),
            county.parent(),
            text.apply("violation_type"),
            text.apply("legal_basis"),
            text.apply("facts"),
            fine,
            text.apply("confiscation"),
            suspension,
            revocation,
            decided.toString(),
            until == null ? null : until.toString(),
            search
        };
    }

    private static String fine(String t, Consumer<String> problem) {
        String s = t.replace(",", "").replace("元", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(s);
            if (v.signum() < 0 || v.scale() > 2) {
                problem.accept("罚款须为不小于 0、最多两位小数的数");
            }
            return v.toPlainString();
        } catch (NumberFormatException e) {
            problem.accept("不是数字");
            return null;
        }
    }

    private static String yesNo(String t, Consumer<String> problem) {
        return switch (t) {
            case "", "否", "N", "n", "false" -> "false";
            case "是", "Y", "y", "true" -> "true";
            default -> {
                problem.accept("须为 是 或 否");
                yield "false";
            }
        };
    }
}
