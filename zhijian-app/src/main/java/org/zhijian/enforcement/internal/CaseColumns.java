package org.zhijian.enforcement.internal;

import java.util.List;
import org.zhijian.importing.ImportColumn;

/** The case template's columns (keys are the table's column names). */
final class CaseColumns {

    static final List<ImportColumn> ALL = List.of(
            column("case_no", "决定书文号", true, "湘长市监处罚〔2026〕12号", "", List.of()),
            column("party_name", "当事人", true, "长沙某某食品有限公司", "", List.of()),
            column("party_uscc", "当事人统一社会信用代码", false, "", "", List.of()),
            column("county_code", "县区代码", true, "430104", "当事人所在或作出决定的县级行政区划代码", List.of()),
            column("violation_type", "违法行为类型", true, "生产销售不合格产品", "", List.of()),
            column("legal_basis", "处罚依据", false, "《产品质量法》第四十九条", "", List.of()),
            column("facts", "违法事实", false, "", "", List.of()),
            column("fine_amount", "罚款金额（元）", false, "50000", "", List.of()),
            column("confiscation", "没收", false, "没收违法所得 3,200 元", "", List.of()),
            column("suspension", "责令停产停业", false, "否", "是或否", List.of("是", "否")),
            column("revocation", "吊销许可证件", false, "否", "是或否", List.of("是", "否")),
            column("decided_on", "处罚决定日期", true, "2026-05-08", "", List.of()),
            column("publicity_until", "公示截止日期", false, "2029-05-08", "不早于决定日期", List.of()));

    private CaseColumns() {}

    static String header(String key) {
        return ALL.stream()
                .filter(c -> c.key().equals(key))
                .map(ImportColumn::header)
                .findFirst()
                .orElse(key);
    }

    private static ImportColumn column(
            String key, String header, boolean required, String example, String hint, List<String> options) {
        return new ImportColumn(key, header, List.of(key), required, example, hint, options);
    }
}
