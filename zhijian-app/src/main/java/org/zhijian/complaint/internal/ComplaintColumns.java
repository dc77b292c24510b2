package org.zhijian.complaint.internal;

import java.util.List;
import org.zhijian.importing.ImportColumn;

/** The complaint template's columns (keys are the table's column names). */
final class ComplaintColumns {

    static final List<String> CHANNELS = List.of("12315热线", "网络", "APP", "信件", "转办");

    static final List<ImportColumn> ALL = List.of(
            column("complaint_no", "工单编号", true, "12315-430104-20260508-0001", "", List.of()),
            column("channel", "渠道", true, "12315热线", "", CHANNELS),
            column("received_at", "登记时间", true, "2026-05-08 09:30", "日期或日期时间", List.of()),
            column("complainant_name", "投诉人", false, "李某", "个人信息：列表和导出中不显示", List.of()),
            column("complainant_phone", "联系电话", false, "13800000000", "个人信息：列表和导出中遮盖", List.of()),
            column("complainant_id", "身份证号", false, "", "个人信息：列表和导出中遮盖；填写时校验", List.of()),
            column("respondent_name", "被投诉方", true, "长沙某某电器有限公司", "", List.of()),
            column("respondent_uscc", "被投诉方统一社会信用代码", false, "", "填写时校验并优先用于关联企业", List.of()),
            column("respondent_address", "被投诉方地址", false, "", "", List.of()),
            column("county_code", "所属县区代码", true, "430104", "办理的县级行政区划代码", List.of()),
            column("product", "产品或服务", false, "电热水壶", "", List.of()),
            column("category_code", "产品类别代码", false, "CON-EE-KITCHEN", "须为产品分类中的代码；不填时按产品和投诉内容自动判断", List.of()),
            column(
                    "hazard_type",
                    "危害类型",
                    false,
                    "触电",
                    "化学危害、微生物、异物、火灾、爆炸、烧烫伤、触电、机械伤害、窒息、其他健康危害、无明显安全危害；不填时按投诉内容自动判断",
                    List.of()),
            column("problem_type", "问题类型", false, "质量问题", "质量问题、安全问题、虚假宣传、售后服务、价格、其他", List.of()),
            column("description", "投诉内容", true, "购买的电热水壶使用一周后底座漏电", "", List.of()),
            column("amount", "涉及金额（元）", false, "199.00", "", List.of()),
            column("status", "状态", false, "登记", "登记、受理、调解、转办、办结；默认登记", List.of("登记", "受理", "调解", "转办", "办结")),
            column("accepted_at", "受理时间", false, "", "", List.of()),
            column("closed_at", "办结时间", false, "", "", List.of()),
            column("outcome", "办理结果", false, "", "办结时填写", List.of()));

    private ComplaintColumns() {}

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
