package org.zhijian.recall.internal;

import java.util.List;
import org.zhijian.importing.ImportColumn;

/** The recall template's columns (keys are the table's column names). */
final class RecallColumns {

    static final List<ImportColumn> ALL = List.of(
            column(
                    "source",
                    "来源",
                    true,
                    "国内",
                    "国内、openFDA、RASFF、CPSC、其他国外",
                    List.of("国内", "openFDA", "RASFF", "CPSC", "其他国外")),
            column("reference", "编号", true, "HN-ZH-2026-001", "来源内唯一：国内召回编号、FDA 召回编号、RASFF 通报号等", List.of()),
            column("recall_type", "召回类型", false, "主动召回", "主动召回、责令召回或来源的说法", List.of()),
            column("risk_class", "级别", false, "二级", "来源的分级原文：一级/二级/三级、Class I、serious …", List.of()),
            column("status", "状态", false, "进行中", "", List.of()),
            column("recalled_on", "召回日期", true, "2026-05-08", "召回或通报日期", List.of()),
            column("product", "产品", true, "儿童电动玩具车", "", List.of()),
            column("product_category", "产品类别", false, "玩具", "来源的产品类别原文", List.of()),
            column("brand", "品牌", false, "湘童", "", List.of()),
            column("model", "型号", false, "XT-12", "", List.of()),
            column("gtin", "商品条码", false, "6901234567892", "GTIN/UPC/EAN", List.of()),
            column("batch", "批次", false, "20260301", "批号或生产日期范围", List.of()),
            column("quantity", "数量", false, "1,200 台", "", List.of()),
            column("hazard", "危害", false, "电池过热可能引起烧伤", "", List.of()),
            column("hazard_category", "危害类别", false, "烧伤", "", List.of()),
            column("origin_country", "原产国", false, "China", "多个用“; ”分隔", List.of()),
            column("manufacturer", "生产者", false, "湖南湘童玩具有限公司", "", List.of()),
            column("manufacturer_uscc", "生产者统一社会信用代码", false, "", "国内生产者时填写", List.of()),
            column("recalling_firm", "召回企业", false, "湖南湘童玩具有限公司", "", List.of()),
            column("notifying_country", "通报国家或地区", false, "中国", "", List.of()),
            column("measures", "措施", false, "更换电池组", "", List.of()),
            column("distribution", "销售范围", false, "湖南、江西", "", List.of()),
            column("description", "说明", false, "", "", List.of()),
            column("url", "链接", false, "", "原始公告地址", List.of()),
            column("county_code", "所在县区代码", false, "430104", "国内召回：召回企业所在县区", List.of()));

    private RecallColumns() {}

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
