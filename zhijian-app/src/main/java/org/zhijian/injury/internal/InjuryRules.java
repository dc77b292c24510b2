package org.zhijian.injury.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.algo.identifier.Verdict;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.HazardType;
import org.zhijian.importing.CellDate;
import org.zhijian.platform.RowError;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/** Checks an injury case's fields, the same for a file row and an API request; stored values in {@link #STORED} order. */
@Component
class InjuryRules {

    static final List<String> STORED = List.of(
            "case_no",
            "occurred_on",
            "county_code",
            "prefecture_code",
            "place",
            "age_band",
            "sex",
            "injury_type",
            "body_part",
            "severity",
            "product",
            "brand",
            "model",
            "hazard_type",
            "description",
            "source",
            "manufacturer",
            "manufacturer_uscc",
            "category_code",
            "category_source",
            "hazard_code",
            "hazard_source",
            "search_text");

    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final DescriptionClassification descriptions;

    InjuryRules(
            RegionManagement regions, ClassificationManagement classification, DescriptionClassification descriptions) {
        this.regions = regions;
        this.classification = classification;
        this.descriptions = descriptions;
    }

    static String type(String column) {
        return switch (column) {
            case "occurred_on" -> "date";
            case "severity" -> "smallint";
            default -> "text";
        };
    }

    String[] check(long line, Map<String, String> in, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        java.util.function.Function<String, String> text =
                k -> in.get(k) == null ? "" : in.get(k).strip();
        java.util.function.BiConsumer<String, String> problem =
                (k, m) -> problems.add(new RowError(line, InjuryColumns.header(k), text.apply(k), m));
        for (String key : List.of("case_no", "product")) {
            if (text.apply(key).isEmpty()) {
                problem.accept(key, InjuryColumns.header(key) + "不能为空");
            }
        }
        LocalDate on = CellDate.parse(text.apply("occurred_on")).orElse(null);
        if (on == null || on.isAfter(LocalDate.now())) {
            problem.accept("occurred_on", "日期缺失、无法识别或晚于今天");
        }
        Region county = regions.findByCode(text.apply("county_code"))
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .orElse(null);
        if (county == null) {
            problem.accept("county_code", "不是县级行政区划代码");
        }
        String age = text.apply("age_band").isEmpty()
                ? "不详"
                : text.apply("age_band").replace("～", "-").replace("~", "-");
        oneOf("age_band", age, InjuryColumns.AGE_BANDS, problem);
        String sex = text.apply("sex").isEmpty() ? "不详" : text.apply("sex");
        oneOf("sex", sex, InjuryColumns.SEXES, problem);
        oneOf("source", text.apply("source"), InjuryColumns.SOURCES, problem);
        if (!text.apply("severity").matches("[1-4]")) {
            problem.accept("severity", "严重程度须为 1、2、3 或 4");
        }
        String uscc = null;
        if (!text.apply("manufacturer_uscc").isEmpty()) {
            Verdict v = UnifiedSocialCreditCode.check(text.apply("manufacturer_uscc"));
            if (!v.isValid()) {
                problem.accept("manufacturer_uscc", v.reason());
            }
            uscc = v.normalized();
        }
        String category = text.apply("category_code").toUpperCase(Locale.ROOT);
        if (!category.isEmpty() && classification.findCategory(category).isEmpty()) {
            problem.accept("category_code", "产品分类中没有这个代码");
        }
        String hazard = descriptions
                .findHazard(text.apply("hazard_type"))
                .map(HazardType::code)
                .orElse(null);
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        String search = String.join(
                        " ",
                        text.apply("case_no"),
                        text.apply("product"),
                        text.apply("brand"),
                        text.apply("model"),
                        text.apply("hazard_type"),
                        text.apply("injury_type"),
                        text.apply("description"),
                        text.apply("manufacturer"))
                .toLowerCase(Locale.ROOT);
        return new String[] {
            text.apply("case_no"),
            on.toString(),
            county.code(),
            county.parent(),
            text.apply("place"),
            age,
            sex,
            text.apply("injury_type"),
            text.apply("body_part"),
            text.apply("severity"),
            text.apply("product"),
            text.apply("brand"),
            text.apply("model"),
            text.apply("hazard_type"),
            text.apply("description"),
            text.apply("source"),
            text.apply("manufacturer"),
            uscc,
            category.isEmpty() ? null : category,
            category.isEmpty() ? null : "OFFICER",
            hazard,
            hazard == null ? null : "OFFICER",
            search
        };
    }

    private static void oneOf(
            String key, String value, List<String> allowed, java.util.function.BiConsumer<String, String> problem) {
        if (!allowed.contains(value)) {
            problem.accept(key, InjuryColumns.header(key) + "须为 " + String.join("、", allowed));
        }
    }
}
