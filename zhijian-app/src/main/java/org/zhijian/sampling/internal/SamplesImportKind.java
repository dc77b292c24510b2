package org.zhijian.sampling.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.account.AccountManagement;
import org.zhijian.account.Role;
import org.zhijian.enterprise.Enterprise;
import org.zhijian.enterprise.EnterpriseManagement;
import org.zhijian.importing.CellDate;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.sampling.PlaceType;
import org.zhijian.sampling.Plan;

/**
 * Sampling records from files (records kept in another system, or a whole year's fieldwork): one row per sample,
 * checked like the form — plan and category, enterprise in the registry and in the importer's area, inspectors,
 * place type, dates. The sample number identifies a row; an identical row already stored is left unchanged.
 */
@Component
class SamplesImportKind implements ImportKind {

    private final JdbcPlans plans;
    private final EnterpriseManagement enterprises;
    private final AccountManagement accounts;
    private final CurrentActor currentActor;
    private final ThreadLocal<Map<String, Object>> cache =
            ThreadLocal.withInitial(() -> new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > 20_000;
                }
            });

    SamplesImportKind(
            JdbcPlans plans, EnterpriseManagement enterprises, AccountManagement accounts, CurrentActor currentActor) {
        this.plans = plans;
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @Override
    public String key() {
        return "samples";
    }

    @Override
    public String label() {
        return "抽样单";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                column("sample_no", "抽样单编号", true, "CJ2026-430000-000001", ""),
                column("plan_id", "计划编号", true, "1", "抽查计划的编号"),
                column("uscc", "被抽样企业统一社会信用代码", true, "91430102MA4L0000XX", "须在企业名录中"),
                column("category", "产品类别代码", true, "FOOD-DAIRY", "须为计划中的类别"),
                column("sample_name", "样品名称", true, "纯牛奶", ""),
                column("brand", "商标", false, "湘江", ""),
                column("model_spec", "规格型号", false, "250mL/盒", ""),
                column("batch_or_date", "批号或生产日期", false, "20260501", ""),
                column("quantity", "抽样数量", true, "12 盒", ""),
                column("reserve_quantity", "备样数量", false, "6 盒", ""),
                column("price", "单价（元）", false, "3.50", ""),
                new ImportColumn("place_type", "抽样环节", List.of(), true, "生产", "", List.of("生产", "流通", "电商")),
                column("manufacturer_name", "标称生产者", true, "湖南某乳业有限公司", ""),
                column("manufacturer_uscc", "生产者统一社会信用代码", false, "", ""),
                column("manufacturer_region", "生产者所在地", false, "湖南省长沙市", ""),
                column("inspectors", "抽样人员", true, "inspector1;inspector2", "检查员用户名，分号分隔，至少 2 名"),
                column("sampled_on", "抽样日期", true, "2026-05-01", ""));
    }

    private static ImportColumn column(String key, String header, boolean required, String example, String hint) {
        return new ImportColumn(key, header, List.of(key), required, example, hint, List.of());
    }

    @Override
    public List<String> stagingColumns() {
        return List.of(
                "sample_no text",
                "plan_id bigint",
                "enterprise_uscc text",
                "county_code text",
                "prefecture_code text",
                "category_code text",
                "sample_name text",
                "brand text",
                "model_spec text",
                "batch_or_date text",
                "quantity text",
                "reserve_quantity text",
                "price numeric",
                "place_type text",
                "manufacturer_name text",
                "manufacturer_uscc text",
                "manufacturer_region text",
                "inspectors text[]",
                "sampled_on date",
                "industry_code text");
    }

    @Override
    public String keyColumn() {
        return "sample_no";
    }

    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        List<RowError> problems = new ArrayList<>();
        Plan plan = plan(row, problems);
        Enterprise enterprise = enterprise(row, problems);
        PlaceType place = PlaceType.parse(row.get("place_type")).orElse(null);
        if (place == null) {
            problems.add(error(row, "抽样环节", "place_type", "应为 生产、流通 或 电商"));
        }
        LocalDate sampledOn = CellDate.parse(row.get("sampled_on"))
                .filter(d -> !d.isAfter(LocalDate.now()))
                .orElse(null);
        if (sampledOn == null) {
            problems.add(error(row, "抽样日期", "sampled_on", "日期无法识别或晚于今天"));
        }
        List<String> inspectors = inspectors(row, problems);
        BigDecimal price = price(row.get("price"), problems, row);
        if (!problems.isEmpty()) {
            problems.forEach(errors);
            return null;
        }
        return values(row, plan, enterprise, place, sampledOn, inspectors, price);
    }

    /** The row's plan, which must hold the row's category. */
    private Plan plan(ImportRow row, List<RowError> problems) {
        Plan plan = plan(row.text("plan_id")).orElse(null);
        if (plan == null) {
            problems.add(error(row, "计划编号", "plan_id", "计划不存在或不在本账户范围内"));
        } else if (!plan.categories().contains(row.text("category"))) {
            problems.add(error(row, "产品类别代码", "category", "应为计划中的类别之一：" + String.join("、", plan.categories())));
        }
        return plan;
    }

    /** The sampled enterprise, which must be registered and in the importer's area. */
    private Enterprise enterprise(ImportRow row, List<RowError> problems) {
        Enterprise enterprise =
                enterprise(row.text("uscc").toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (enterprise == null) {
            problems.add(error(row, "被抽样企业统一社会信用代码", "uscc", "企业不在名录中或不在本账户管辖范围内"));
        } else if (!currentActor
                .get()
                .writeScope()
                .covers(enterprise.countyCode(), enterprise.prefectureCode(), enterprise.uscc())) {
            problems.add(error(row, "被抽样企业统一社会信用代码", "uscc", "无权导入本账户管辖范围以外的抽样单"));
        }
        return enterprise;
    }

    /** At least two inspectors' accounts, each once. */
    private List<String> inspectors(ImportRow row, List<RowError> problems) {
        List<String> inspectors = Arrays.stream(row.text("inspectors").split("[;；,，、\\s]+"))
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
        if (inspectors.size() < 2 || !inspectors.stream().allMatch(this::inspector)) {
            problems.add(error(row, "抽样人员", "inspectors", "至少 2 名有效的检查员账户（用户名，分号分隔）"));
        }
        return inspectors;
    }

    private static String[] values(
            ImportRow row,
            Plan plan,
            Enterprise enterprise,
            PlaceType place,
            LocalDate sampledOn,
            List<String> inspectors,
            BigDecimal price) {
        return new String[] {
            row.text("sample_no").strip(),
            Long.toString(plan.id()),
            enterprise.uscc(),
            enterprise.countyCode(),
            enterprise.prefectureCode(),
            row.text("category"),
            row.text("sample_name"),
            row.get("brand"),
            row.get("model_spec"),
            row.get("batch_or_date"),
            row.text("quantity"),
            row.get("reserve_quantity"),
            price == null ? null : price.toPlainString(),
            place.name(),
            row.text("manufacturer_name"),
            row.get("manufacturer_uscc"),
            row.get("manufacturer_region"),
            "{"
                    + String.join(
                            ",",
                            inspectors.stream()
                                    .map(i -> "\"" + i.replace("\"", "") + "\"")
                                    .toList()) + "}",
            sampledOn.toString(),
            enterprise.industryCode()
        };
    }

    private static RowError error(ImportRow row, String header, String key, String message) {
        return new RowError(row.line(), header, row.text(key), message);
    }

    private static BigDecimal price(String cell, List<RowError> problems, ImportRow row) {
        if (cell == null) {
            return null;
        }
        try {
            BigDecimal p = new BigDecimal(cell.strip());
            if (p.signum() >= 0) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(error(row, "单价（元）", "price", "单价应为不小于 0 的数字"));
        return null;
    }

    @SuppressWarnings("unchecked")
    private Optional<Plan> plan(String id) {
        return (Optional<Plan>) cache.get().computeIfAbsent(currentActor.get().username() + "\u0000plan:" + id, k -> {
            try {
                return plans.plan(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Optional<Enterprise> enterprise(String uscc) {
        String key = currentActor.get().username() + "\u0000e:" + uscc;
        Optional<Enterprise> known = (Optional<Enterprise>) cache.get().get(key);
        if (known != null) {
            return known;
        }
        Optional<Enterprise> found = enterprises.find(uscc);
        found.ifPresent(e -> cache.get().put(key, found));
        return found;
    }

    private boolean inspector(String username) {
        return (Boolean) cache.get()
                .computeIfAbsent(
                        "i:" + username,
                        k -> accounts.find(username)
                                .filter(u -> u.role() == Role.INSPECTOR && u.enabled())
                                .isPresent());
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(
                    "update import_staging s set unchanged = true from sampling_record r where r.sample_no = s.sample_no "
                            + "and not s.rejected and (r.plan_id, r.enterprise_uscc, r.category_code, r.sample_name, r.sampled_on, r.quantity) "
                            + "is not distinct from (s.plan_id, s.enterprise_uscc, s.category_code, s.sample_name, s.sampled_on, s.quantity)");
            st.executeUpdate("update import_staging s set rejected = true, reason = '抽样单编号已被另一份抽样单使用' "
                    + "from sampling_record r where r.sample_no = s.sample_no and not s.rejected and not s.unchanged");
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        String by = currentActor.get().username().replace("'", "''");
        try (Statement st = connection.createStatement()) {
            int inserted = st.executeUpdate("""
                    insert into sampling_record (sample_no, plan_id, enterprise_uscc, county_code, prefecture_code, category_code,
                        sample_name, brand, model_spec, batch_or_date, quantity, reserve_quantity, price, place_type,
                        manufacturer_name, manufacturer_uscc, manufacturer_region, inspectors, sampled_on, industry_code, created_by)
                    select sample_no, plan_id, enterprise_uscc, county_code, prefecture_code, category_code, sample_name, brand,
                        model_spec, batch_or_date, quantity, reserve_quantity, price, place_type, manufacturer_name,
                        manufacturer_uscc, manufacturer_region, inspectors, sampled_on, industry_code, '""" + by + """
                    ' from import_staging where not rejected and not unchanged""");
            return new MergeCounts(inserted, 0);
        }
    }
}
