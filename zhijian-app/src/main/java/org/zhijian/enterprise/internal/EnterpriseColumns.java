package org.zhijian.enterprise.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhijian.enterprise.EnterpriseScale;
import org.zhijian.enterprise.EnterpriseStatus;
import org.zhijian.enterprise.FieldProblem;
import org.zhijian.enterprise.Licence;
import org.zhijian.importing.ImportColumn;

/** The columns of the enterprise import file and the parsing of its multi-value cells. */
final class EnterpriseColumns {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.BASIC_ISO_DATE);

    private static final Map<String, String> FIELD_TO_KEY = Map.of(
            "registrationNumber", "registration_number",
            "organizationCode", "organization_code",
            "countyCode", "county",
            "industryCode", "industry",
            "categoryCodes", "categories",
            "establishedOn", "established_on");

    private final List<ImportColumn> columns;

    EnterpriseColumns(EnterpriseRules rules) {
        List<ImportColumn> all = new java.util.ArrayList<>(identity());
        all.addAll(placeAndTrade(rules));
        this.columns = List.copyOf(all);
    }

    /** Who the enterprise is: code, names, representative, address. */
    private static List<ImportColumn> identity() {
        return List.of(
                column(
                        "uscc",
                        "统一社会信用代码",
                        List.of("社会信用代码", "信用代码"),
                        true,
                        "91430102MA4L00011G",
                        "18 位，按 GB 32100 校验",
                        List.of()),
                column("name", "企业名称", List.of("名称", "市场主体名称"), true, "长沙市芙蓉区示例食品有限公司", "", List.of()),
                column("former_names", "曾用名", List.of(), false, "", "多个用分号（;）分隔", List.of()),
                column("legal_representative", "法定代表人", List.of("法人代表", "负责人"), false, "张三", "", List.of()),
                column("address", "注册地址", List.of("住所", "地址"), false, "湖南省长沙市芙蓉区五一大道1号", "", List.of()));
    }

    /** Where it is and what it does: county, industry, scale, status, dates, categories, licences. */
    private static List<ImportColumn> placeAndTrade(EnterpriseRules rules) {
        return List.of(
                column(
                        "county",
                        "所属县市区",
                        List.of("县市区", "所属区划", "区划代码"),
                        true,
                        "430102 长沙市芙蓉区",
                        "6 位区划代码或县市区名称",
                        rules.countyNames()),
                column(
                        "industry",
                        "行业大类代码",
                        List.of("行业代码", "国民经济行业"),
                        false,
                        "14",
                        "GB/T 4754-2017 两位大类代码",
                        List.of()),
                column("scale", "企业规模", List.of("规模"), false, "小", "大、中、小、微", EnterpriseScale.labels()),
                column("status", "登记状态", List.of("状态", "经营状态"), true, "存续", "存续、注销、吊销", EnterpriseStatus.labels()),
                column("established_on", "成立日期", List.of("成立时间"), false, "2018-05-20", "如 2018-05-20", List.of()),
                column("registration_number", "注册号", List.of("工商注册号"), false, "", "旧 15 位工商注册号（可空）", List.of()),
                column("organization_code", "组织机构代码", List.of(), false, "", "旧 9 位组织机构代码（可空）", List.of()),
                column("categories", "产品类别代码", List.of("产品类别"), false, "FOOD", "产品分类代码，多个用分号分隔", List.of()),
                column(
                        "licences",
                        "许可证",
                        List.of("许可证信息"),
                        false,
                        "食品生产许可证|SC10643010200001|2028-12-31",
                        "种类|编号|有效期至，多个用分号分隔",
                        List.of()));
    }

    private static ImportColumn column(
            String key,
            String header,
            List<String> aliases,
            boolean required,
            String example,
            String hint,
            List<String> options) {
        return new ImportColumn(key, header, aliases, required, example, hint, options);
    }

    List<ImportColumn> all() {
        return columns;
    }

    String header(String field) {
        String key = FIELD_TO_KEY.getOrDefault(field, field);
        return columns.stream()
                .filter(c -> c.key().equals(key))
                .map(ImportColumn::header)
                .findFirst()
                .orElse(field);
    }

    /** {@code "430102 长沙市芙蓉区"} (the template's drop-down value) → {@code "430102"}; anything else unchanged. */
    static String leadingCode(String value) {
        return value.matches("[0-9]{6}\\s.*") ? value.substring(0, 6) : value;
    }

    static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;；,，、\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String orgCode(String cell) {
        return cell == null ? null : cell.replace("-", "").strip().toUpperCase(java.util.Locale.ROOT);
    }

    static LocalDate date(String cell, List<FieldProblem> problems) {
        if (cell == null) {
            return null;
        }
        String text = cell.strip();
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                LocalDate d = LocalDate.parse(text, f);
                if (d.isAfter(LocalDate.now()) || d.isBefore(LocalDate.of(1900, 1, 1))) {
                    problems.add(new FieldProblem("establishedOn", cell, "成立日期不在合理范围内（1900 年至今）"));
                    return null;
                }
                return d;
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        if (text.matches("[0-9]{5}")) {
            return LocalDate.of(1899, 12, 30).plus(Long.parseLong(text), ChronoUnit.DAYS);
        }
        problems.add(new FieldProblem("establishedOn", cell, "日期格式无法识别（应为 2018-05-20 之类）"));
        return null;
    }

    static List<Licence> licences(String cell, List<FieldProblem> problems) {
        List<Licence> licences = new ArrayList<>();
        if (cell == null) {
            return licences;
        }
        for (String item : cell.split("[;；\\n]")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.split("[|｜]");
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add(new FieldProblem("licences", item, "许可证应写成“种类|编号|有效期至”"));
                continue;
            }
            LocalDate until = parts.length > 2 && !parts[2].isBlank() ? untilDate(parts[2], item, problems) : null;
            licences.add(new Licence(parts[0].strip(), parts[1].strip(), until));
        }
        return licences;
    }

    private static LocalDate untilDate(String text, String item, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("licences", item, "许可证有效期应为 2028-12-31 之类的日期"));
            return null;
        }
    }

    /** A PostgreSQL array literal for the COPY stream: {@code {"a","b"}}. */
    static String arrayLiteral(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }
}
