package org.zhijian.complaint.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhijian.algo.identifier.ResidentIdNumber;
import org.zhijian.algo.identifier.UnifiedSocialCreditCode;
import org.zhijian.algo.identifier.Verdict;
import org.zhijian.classification.ClassificationManagement;
import org.zhijian.classification.DescriptionClassification;
import org.zhijian.classification.HazardType;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.importing.CellDate;
import org.zhijian.platform.RowError;
import org.zhijian.region.Region;
import org.zhijian.region.RegionLevel;
import org.zhijian.region.RegionManagement;

/**
 * Checks a complaint's fields, the same for a file row and an API request, and gives the stored values in
 * {@link #STORED} order; each problem is reported with its column.
 */
@Component
class ComplaintRules {

    static final List<String> STORED = List.of(
            "complaint_no",
            "channel",
            "received_at",
            "complainant_name",
            "complainant_phone",
            "complainant_id",
            "respondent_name",
            "respondent_uscc",
            "respondent_address",
            "county_code",
            "prefecture_code",
            "product",
            "category_code",
            "category_source",
            "hazard_code",
            "hazard_source",
            "problem_type",
            "description",
            "amount",
            "status",
            "accepted_at",
            "closed_at",
            "outcome",
            "search_text");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-M-d[ H:mm[:ss]]");

    private final RegionManagement regions;
    private final ClassificationManagement classification;
    private final DescriptionClassification descriptions;

    ComplaintRules(
            RegionManagement regions, ClassificationManagement classification, DescriptionClassification descriptions) {
        this.regions = regions;
        this.classification = classification;
        this.descriptions = descriptions;
    }

    /** The stored values, or {@code null} after reporting each problem to {@code errors}. */
    String[] check(long line, Map<String, String> in, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        Fields f = new Fields(line, in, problems);
        for (String key : List.of("complaint_no", "respondent_name", "description")) {
            f.required(key);
        }
        String channel = f.text("channel");
        if (!ComplaintColumns.CHANNELS.contains(channel)) {
            f.problem("channel", "渠道须为 " + String.join("、", ComplaintColumns.CHANNELS));
        }
        String received = f.time("received_at", true);
        String id = f.identifier("complainant_id", ResidentIdNumber::check);
        String uscc = f.identifier("respondent_uscc", UnifiedSocialCreditCode::check);
        Region county = regions.findByCode(f.text("county_code"))
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .orElse(null);
        if (county == null) {
            f.problem("county_code", "不是县级行政区划代码");
        }
        String category = f.text("category_code").toUpperCase(Locale.ROOT);
        if (!category.isEmpty() && classification.findCategory(category).isEmpty()) {
            f.problem("category_code", "产品分类中没有这个代码");
        }
        String hazard = hazard(f);
        String phone = f.text("complainant_phone").replaceAll("[\\s-]", "");
        if (!phone.isEmpty() && !phone.matches("\\+?[0-9]{5,20}")) {
            f.problem("complainant_phone", "电话只能有数字（可带 + 和 -）");
        }
        String amount = f.amount("amount");
        ComplaintStatus status = f.text("status").isEmpty()
                ? ComplaintStatus.REGISTERED
                : ComplaintStatus.parse(f.text("status")).orElse(null);
        if (status == null) {
            f.problem("status", "状态须为 登记、受理、调解、转办 或 办结");
        }
        String accepted = f.time("accepted_at", false);
        String closed = f.time("closed_at", false);
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        String search = List.of(
                        f.text("complaint_no"), f.text("respondent_name"), f.text("product"), f.text("description"))
                .stream()
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        return new String[] {
            f.text("complaint_no"),
            channel,
            received,
            f.text("complainant_name"),
            phone,
            id,
            f.text("respondent_name"),
            uscc,
            f.text("respondent_address"),
            county.code(),
            county.parent(),
            f.text("product"),
            category.isEmpty() ? null : category,
            category.isEmpty() ? null : "OFFICER",
            hazard,
            hazard == null ? null : "OFFICER",
            f.text("problem_type"),
            f.text("description"),
            amount,
            status.name(),
            accepted,
            closed,
            f.text("outcome"),
            search
        };
    }

    /** The hazard code the row names (by code or name), {@code null} when it names none. */
    private String hazard(Fields f) {
        if (f.text("hazard_type").isEmpty()) {
            return null;
        }
        String code = descriptions
                .findHazard(f.text("hazard_type"))
                .map(HazardType::code)
                .orElse(null);
        if (code == null) {
            f.problem(
                    "hazard_type",
                    "危害类型须为 "
                            + descriptions.hazardTypes().stream()
                                    .map(HazardType::name)
                                    .collect(Collectors.joining("、")));
        }
        return code;
    }

    /** One row's or request's fields, with its problems. */
    private record Fields(long line, Map<String, String> in, List<RowError> problems) {

        String text(String key) {
            String v = in.get(key);
            return v == null ? "" : v.strip();
        }

        void problem(String key, String message) {
            problems.add(new RowError(line, ComplaintColumns.header(key), text(key), message));
        }

        void required(String key) {
            if (text(key).isEmpty()) {
                problem(key, ComplaintColumns.header(key) + "不能为空");
            }
        }

        String identifier(String key, java.util.function.Function<String, Verdict> check) {
            if (text(key).isEmpty()) {
                return key.equals("respondent_uscc") ? null : "";
            }
            Verdict v = check.apply(text(key));
            if (!v.isValid()) {
                problem(key, v.reason());
            }
            return v.normalized();
        }

        String time(String key, boolean required) {
            String t = text(key).replace('/', '-').replace('T', ' ');
            if (t.isEmpty()) {
                if (required) {
                    problem(key, ComplaintColumns.header(key) + "不能为空");
                }
                return null;
            }
            try {
                LocalDateTime local = LocalDateTime.parse(t.length() <= 10 ? t + " 0:00" : t, DATE_TIME);
                return OffsetDateTime.of(local, CHINA.getRules().getOffset(local))
                        .toString();
            } catch (DateTimeParseException e) {
                LocalDate date = CellDate.parse(text(key)).orElse(null);
                if (date == null) {
                    problem(key, "无法识别的时间（如 2026-05-08 09:30）");
                    return null;
                }
                return date.atStartOfDay(CHINA).toOffsetDateTime().toString();
            }
        }

        String amount(String key) {
            String t = text(key).replace(",", "").replace("元", "").replace("¥", "");
            if (t.isEmpty()) {
                return null;
            }
            try {
                BigDecimal v = new BigDecimal(t);
                if (v.signum() < 0 || v.scale() > 2) {
                    problem(key, "金额须为不小于 0、最多两位小数的数");
                }
                return v.toPlainString();
            } catch (NumberFormatException e) {
                problem(key, "不是数字");
                return null;
            }
        }
    }
}
