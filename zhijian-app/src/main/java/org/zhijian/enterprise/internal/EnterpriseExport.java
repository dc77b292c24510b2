package org.zhijian.enterprise.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhijian.audit.AuditEntry;
import org.zhijian.audit.AuditTrail;
import org.zhijian.enterprise.EnterpriseQuery;
import org.zhijian.platform.XlsxTable;
import org.zhijian.region.Region;
import org.zhijian.region.RegionManagement;

/**
 * Writes the enterprises matching a query, within the reader's scope, as an XLSX workbook in the import
 * template's columns (so an export can be edited and imported again). Streams rows (SXSSF); audited.
 */
@Component
class EnterpriseExport {

    /** Excel's row limit less the header. */
    static final int MAX_ROWS = 1_048_575;

    private static final List<String> HEADER = List.of(
            "统一社会信用代码",
            "企业名称",
            "曾用名",
            "法定代表人",
            "注册地址",
            "所属县市区",
            "所属市州",
            "行业大类代码",
            "企业规模",
            "登记状态",
            "成立日期",
            "注册号",
            "组织机构代码",
            "产品类别代码");

    private final JdbcClient jdbc;
    private final EnterpriseSearch search;
    private final RegionManagement regions;
    private final AuditTrail audit;

    EnterpriseExport(JdbcClient jdbc, EnterpriseSearch search, RegionManagement regions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.search = search;
        this.regions = regions;
        this.audit = audit;
    }

    long write(EnterpriseQuery query, OutputStream out) throws IOException {
        Map<String, Object> params = new HashMap<>();
        String filter = search.filter(query, params);
        params.put("limit", MAX_ROWS);
        long rows;
        try (XlsxTable table = new XlsxTable("企业名录", HEADER)) {
            jdbc.sql(
                            "select uscc, name, array_to_string(former_names, ';'), legal_representative, address, county_code, "
                                    + "prefecture_code, industry_code, scale, status, established_on::text, registration_number, "
                                    + "organization_code, array_to_string(category_codes, ';') from enterprise" + filter
                                    + " order by " + query.orderBy() + " limit :limit")
                    .params(params)
                    .query(rs -> {
                        Object[] cells = new Object[HEADER.size()];
                        for (int i = 0; i < cells.length; i++) {
                            String value = rs.getString(i + 1);
                            cells[i] = i == 5 || i == 6 ? regionName(value) : value == null ? "" : value;
                        }
                        table.add(cells);
                    });
            rows = table.rows();
            table.write(out);
        }
        audit.record(new AuditEntry(
                "ENTERPRISE_EXPORT",
                "enterprise",
                null,
                "导出企业名录 " + rows + " 行",
                null,
                Map.of("query", query.toString(), "rows", rows)));
        return rows;
    }

    private String regionName(String code) {
        return code == null
                ? ""
                : code + " " + regions.findByCode(code).map(Region::name).orElse("");
    }
}
