package org.zhijian.enterprise.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhijian.enterprise.CodeCheck;
import org.zhijian.enterprise.EnterpriseScale;
import org.zhijian.enterprise.EnterpriseStatus;
import org.zhijian.enterprise.FieldProblem;
import org.zhijian.enterprise.Licence;
import org.zhijian.importing.ImportColumn;
import org.zhijian.importing.ImportKind;
import org.zhijian.importing.ImportRow;
import org.zhijian.platform.RowError;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.region.Region;

/** Imports the enterprise registry from the officers' spreadsheets. */
@Component
class EnterpriseImportKind implements ImportKind {

    static final String TARGET_COLUMNS = "uscc, registration_number, organization_code, name, former_names, "
            + "legal_representative, address, county_code, prefecture_code, industry_code, scale, status, "
            + "established_on, category_codes, licences";

    private final EnterpriseRules rules;
    private final EnterpriseColumns columns;
    private final CurrentActor currentActor;

    EnterpriseImportKind(EnterpriseRules rules, CurrentActor currentActor) {
        this.rules = rules;
        this.columns = new EnterpriseColumns(rules);
        this.currentActor = currentActor;
    }

    @Override
    public String key() {
        return "enterprises";
    }

    @Override
    public String label() {
        return "企业名录";
    }

    @Override
    public List<ImportColumn> columns() {
        return columns.all();
    }

    @Override
    public List<String> stagingColumns() {
        return List.of(
                "uscc text",
                "registration_number text",
                "organization_code text",
                "name text",
                "former_names text[]",
                "legal_representative text",
                "address text",
                "county_code text",
                "prefecture_code text",
                "industry_code text",
                "scale text",
                "status text",
                "established_on date",
                "category_codes text[]",
                "licences jsonb");
    }

    @Override
    public String keyColumn() {
        return "uscc";
    }

    @Override
    public String[] stage(ImportRow row, Consumer<RowError> errors) {
        List<FieldProblem> problems = new ArrayList<>();
        CodeCheck code = rules.checkCode(row.text("uscc"));
        if (!code.valid()) {
            problems.add(new FieldProblem("uscc", row.text("uscc"), "统一社会信用代码无效：" + code.reason()));
        }
        if (row.get("name") == null) {
            problems.add(new FieldProblem("name", "", "企业名称不能为空"));
        }
        rules.checkLegacyCodes(row.get("registration_number"), row.get("organization_code"), problems);
        Region county = rules.county(EnterpriseColumns.leadingCode(row.text("county")), problems);
        String industry = row.get("industry");
        rules.checkIndustry(industry, problems);
        rules.checkScaleAndStatus(row.get("scale"), row.text("status"), problems);
        List<String> categories = EnterpriseColumns.list(row.get("categories"));
        rules.checkCategories(categories, problems);
        if (county != null && !currentActor.get().writeScope().covers(county.code(), county.parent(), code.code())) {
            problems.add(new FieldProblem("countyCode", row.text("county"), "无权导入本账户管辖范围以外地区的企业"));
        }
        var established = EnterpriseColumns.date(row.get("established_on"), problems);
        List<Licence> licences = EnterpriseColumns.licences(row.get("licences"), problems);
        if (!problems.isEmpty()) {
            problems.forEach(
                    p -> errors.accept(new RowError(row.line(), columns.header(p.field()), p.value(), p.message())));
            return null;
        }
        return values(row, code, county, categories, established, licences);
    }

    private static String[] values(
            ImportRow row,
            CodeCheck code,
            Region county,
            List<String> categories,
            java.time.LocalDate established,
            List<Licence> licences) {
        return new String[] {
            code.code(),
            row.get("registration_number"),
            EnterpriseColumns.orgCode(row.get("organization_code")),
            row.get("name"),
            EnterpriseColumns.arrayLiteral(EnterpriseColumns.list(row.get("former_names"))),
            row.get("legal_representative"),
            row.get("address"),
            county.code(),
            county.parent(),
            row.get("industry"),
            EnterpriseScale.fromLabel(row.get("scale"))
                    .map(EnterpriseScale::label)
                    .orElse(null),
            EnterpriseStatus.fromLabel(row.text("status")).orElseThrow().label(),
            established == null ? null : established.toString(),
            EnterpriseColumns.arrayLiteral(categories),
            EnterpriseRows.licencesJson(licences)
        };
    }

    @Override
    public void markConflicts(Connection connection, boolean updateExisting) throws SQLException {
        Scope scope = currentActor.get().writeScope();
        try (var outside = connection.prepareStatement("update import_staging s set rejected = true, "
                + "reason = '该企业已由本账户管辖范围以外的地区登记，无权修改' from enterprise e where e.uscc = s.uscc "
                + "and not s.rejected and not ("
                + scope.sql("e.county_code", "e.prefecture_code", "e.uscc").replace(":scopeCode", "?") + ")")) {
            if (scope.bindsCode()) {
                outside.setString(1, scope.code());
            }
            outside.executeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("update import_staging s set unchanged = true from enterprise e where e.uscc = s.uscc "
                    + "and not s.rejected and (" + prefixed("e") + ") is not distinct from (" + prefixed("s") + ")");
            if (!updateExisting) {
                st.executeUpdate("update import_staging s set rejected = true, "
                        + "reason = '该企业已存在且内容不同；如需更新，请选择“更新已有记录”' "
                        + "from enterprise e where e.uscc = s.uscc and not s.rejected and not s.unchanged");
            }
        }
    }

    @Override
    public MergeCounts merge(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            int updated = st.executeUpdate("update enterprise e set (" + TARGET_COLUMNS + ", updated_at) = ("
                    + prefixed("s") + ", now()) from import_staging s "
                    + "where e.uscc = s.uscc and not s.rejected and not s.unchanged");
            int inserted = st.executeUpdate("insert into enterprise (" + TARGET_COLUMNS + ") select " + prefixed("s")
                    + " from import_staging s where not s.rejected and not s.unchanged "
                    + "and not exists (select 1 from enterprise e where e.uscc = s.uscc)");
            return new MergeCounts(inserted, updated);
        }
    }

    private static String prefixed(String alias) {
        return alias + "." + TARGET_COLUMNS.replace(", ", ", " + alias + ".");
    }
}
