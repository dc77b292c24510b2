package org.zhijian.ecommerce.internal;

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

/** Checks a listing's fields, the same for a file row and an API request; values in {@link #STORED} order. */
@Component
class ListingRules {

    static final List<String> STORED = List.of(
            "url",
            "platform",
            "shop",
            "product",
            "price",
            "sales",
            "seller_name",
            "seller_uscc",
            "county_code",
            "prefecture_code",
            "manufacturer",
            "sample_no",
            "found_on",
            "search_text");

    private final RegionManagement regions;

    ListingRules(RegionManagement regions) {
        this.regions = regions;
    }

    static String type(String column) {
        return switch (column) {
            case "found_on" -> "date";
            case "price" -> "numeric(14, 2)";
            case "sales" -> "bigint";
            default -> "text";
        };
    }

    String[] check(long line, Map<String, String> in, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        Function<String, String> text = k -> in.get(k) == null ? "" : in.get(k).strip();
        BiConsumer<String, String> problem =
                (k, m) -> problems.add(new RowError(line, ListingColumns.header(k), text.apply(k), m));
        for (String key : List.of("product", "seller_name")) {
            if (text.apply(key).isEmpty()) {
                problem.accept(key, ListingColumns.header(key) + "不能为空");
            }
        }
        if (!text.apply("url").matches("https?://\\S+")) {
            problem.accept("url", "须为 http:// 或 https:// 开头的链接");
        }
        if (!ListingColumns.PLATFORMS.contains(text.apply("platform"))) {
            problem.accept("platform", "平台须为 " + String.join("、", ListingColumns.PLATFORMS));
        }
        String uscc = null;
        if (!text.apply("seller_uscc").isEmpty()) {
            Verdict v = UnifiedSocialCreditCode.check(text.apply("seller_uscc"));
            if (!v.isValid()) {
                problem.accept("seller_uscc", v.reason());
            }
            uscc = v.normalized();
        }
        Region county = regions.findByCode(text.apply("county_code"))
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .orElse(null);
        if (county == null) {
            problem.accept("county_code", "不是县级行政区划代码");
        }
        LocalDate found = CellDate.parse(text.apply("found_on")).orElse(null);
        if (found == null || found.isAfter(LocalDate.now())) {
            problem.accept("found_on", "日期缺失、无法识别或晚于今天");
        }
        String price =
                number(text.apply("price").replace("元", "").replace(",", ""), 2, m -> problem.accept("price", m));
        String sales =
                number(text.apply("sales").replace(",", "").replace("+", ""), 0, m -> problem.accept("sales", m));
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        String search = String.join(
                        " ",
                        text.apply("product"),
                        text.apply("shop"),
                        text.apply("seller_name"),
                        text.apply("manufacturer"),
                        text.apply("url"))
                .toLowerCase(Locale.ROOT);
        return new String[] {
            text.apply("url"),
            text.apply("platform"),
            text.apply("shop"),
            text.apply("product"),
            price,
            sales,
            text.apply("seller_name"),
            uscc,
            county.code(),
            county.parent(),
            text.apply("manufacturer"),
            text.apply("sample_no"),
            found.toString(),
            search
        };
    }

    private static String number(String t, int scale, Consumer<String> problem) {
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0 || v.scale() > scale) {
                problem.accept(scale == 0 ? "须为不小于 0 的整数" : "须为不小于 0、最多两位小数的数");
            }
            return v.toPlainString();
        } catch (NumberFormatException e) {
            problem.accept("不是数字");
            return null;
        }
    }
}
