package org.zhijian.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.zhijian.algo.identifier.ResidentIdNumber;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.algo.identifier.Verdict;
import org.zhijian.importing.CellDate;

/**
 * Reads one field's text into its stored values by its {@link FieldType}, reporting a problem as
 * {@code (field, message)}. Empty text gives the field's default, or the type's empty value ({@code ""} for text,
 * {@code null} otherwise).
 */
final class FieldReading {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-M-d[ H:mm[:ss]]");

    private final Lookups lookups;
    private final LocalDate today;

    FieldReading(Lookups lookups, LocalDate today) {
        this.lookups = lookups;
        this.today = today;
    }

    /** Puts the field's stored values into {@code out}, or reports a problem. */
    void read(Field f, String text, Map<String, Object> out, BiConsumer<Field, String> problem) {
        String t = text.isEmpty() && f.defaultValue() != null ? f.defaultValue() : text;
        if (t.isEmpty() && f.isRequired() && needsValue(f.type())) {
            problem.accept(f, f.invalidMessage() != null ? f.invalidMessage() : f.label() + "不能为空");
        }
        Function<String, Object> fail = m -> {
            problem.accept(f, f.invalidMessage() != null ? f.invalidMessage() : m);
            return null;
        };
        switch (f.type()) {
            case TEXT -> out.put(f.name(), t);
            case CHOICE -> out.put(f.name(), choice(f, t, fail));
            case DATE -> out.put(f.name(), date(f, t, fail));
            case TIMESTAMP -> out.put(f.name(), t.isEmpty() ? null : timestamp(t, fail));
            case DECIMAL -> out.put(f.name(), decimal(f.scale(), t, fail));
            case YES_NO -> out.put(f.name(), yesNo(t, fail));
            case URL -> out.put(f.name(), url(f, t, fail));
            case PHONE -> out.put(f.name(), phone(t, fail));
            case USCC -> out.put(f.name(), t.isEmpty() ? null : code(UnifiedSocialCreditCode.check(t), fail));
            case RESIDENT_ID -> out.put(f.name(), t.isEmpty() ? "" : code(ResidentIdNumber.check(t), fail));
            case COUNTY -> county(t, out, fail);
            case CATEGORY -> category(t, out, fail);
            case HAZARD -> hazard(f, t, out, fail);
        }
    }

    /** Types whose empty required value is "不能为空"; the others say what a value must be. */
    private static boolean needsValue(FieldType type) {
        return type == FieldType.TEXT || type == FieldType.TIMESTAMP || type == FieldType.DECIMAL;
    }

    private Object choice(Field f, String t, Function<String, Object> fail) {
        if (t.isEmpty() && !f.isRequired()) {
            return "";
        }
        Optional<String> v =
                f.mapping().map(m -> m.apply(t)).orElse(Optional.of(t).filter(f.options()::contains));
        return v.isPresent() ? v.get() : fail.apply(f.label() + "须为 " + String.join("、", f.options()));
    }

    private static Object url(Field f, String t, Function<String, Object> fail) {
        if (t.isEmpty() && !f.isRequired()) {
            return "";
        }
        return t.matches("https?://\\S+") ? t : fail.apply("须为 http:// 或 https:// 开头的链接");
    }

    private Object date(Field f, String t, Function<String, Object> fail) {
        if (t.isEmpty()) {
            return f.isRequired() ? fail.apply(f.label() + "不能为空") : null;
        }
        LocalDate d = CellDate.parse(t).orElse(null);
        if (d == null) {
            return fail.apply("无法识别的日期（如 2026-05-08）");
        }
        return f.refusesFuture() && d.isAfter(today) ? fail.apply("晚于今天") : d;
    }

    private static Object timestamp(String text, Function<String, Object> fail) {
        String t = text.replace('/', '-').replace('T', ' ');
        try {
            LocalDateTime local = LocalDateTime.parse(t.length() <= 10 ? t + " 0:00" : t, DATE_TIME);
            return OffsetDateTime.of(local, CHINA.getRules().getOffset(local));
        } catch (DateTimeParseException e) {
            return CellDate.parse(text)
                    .<Object>map(d -> d.atStartOfDay(CHINA).toOffsetDateTime())
                    .orElseGet(() -> fail.apply("无法识别的时间（如 2026-05-08 09:30）"));
        }
    }

    private static Object decimal(int scale, String text, Function<String, Object> fail) {
        String t = text.replace(",", "").replace("元", "").replace("¥", "").replace("+", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.signum() < 0 || v.scale() > scale) {
                return fail.apply(scale == 0 ? "须为不小于 0 的整数" : "须为不小于 0、最多两位小数的数");
            }
            return v;
        } catch (NumberFormatException e) {
            return fail.apply("不是数字");
        }
    }

    private static Object yesNo(String t, Function<String, Object> fail) {
        return switch (t) {
            case "", "否", "N", "n", "false" -> Boolean.FALSE;
            case "是", "Y", "y", "true" -> Boolean.TRUE;
            default -> fail.apply("须为 是 或 否");
        };
    }

    private static Object phone(String text, Function<String, Object> fail) {
        String t = text.replaceAll("[\\s-]", "");
        return t.isEmpty() || t.matches("\\+?[0-9]{5,20}") ? t : fail.apply("电话只能有数字（可带 + 和 -）");
    }

    private static Object code(Verdict v, Function<String, Object> fail) {
        return v.isValid() ? v.normalized() : fail.apply(v.reason());
    }

    private void county(String t, Map<String, Object> out, Function<String, Object> fail) {
        Optional<Lookups.County> county = lookups.county(t);
        if (county.isEmpty()) {
            fail.apply("不是县级行政区划代码");
        }
        out.put("county_code", county.map(Lookups.County::code).orElse(null));
        out.put("prefecture_code", county.map(Lookups.County::prefectureCode).orElse(null));
    }

    private void category(String text, Map<String, Object> out, Function<String, Object> fail) {
        String t = text.toUpperCase(Locale.ROOT);
        if (!t.isEmpty() && !lookups.categoryExists(t)) {
            fail.apply("产品分类中没有这个代码");
        }
        out.put("category_code", t.isEmpty() ? null : t);
        out.put("category_source", t.isEmpty() ? null : "OFFICER");
    }

    private void hazard(Field f, String t, Map<String, Object> out, Function<String, Object> fail) {
        String code = t.isEmpty() ? null : lookups.hazardCode(t).orElse(null);
        if (f.isLenient()) {
            out.put(f.name(), t);
        } else if (!t.isEmpty() && code == null) {
            fail.apply("危害类型须为 " + String.join("、", lookups.hazardNames()));
        }
        out.put("hazard_code", code);
        out.put("hazard_source", code == null ? null : "OFFICER");
    }
}
