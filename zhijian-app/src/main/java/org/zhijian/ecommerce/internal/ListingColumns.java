package org.zhijian.ecommerce.internal;

import java.util.List;
import org.zhijian.importing.ImportColumn;

/** The listing template's columns (keys are the table's column names). */
final class ListingColumns {

    static final List<String> PLATFORMS = List.of("淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "美团", "其他");

    static final List<ImportColumn> ALL = List.of(
            column("url", "商品链接", true, "https://item.example.com/123456", "唯一标识一条商品", List.of()),
            column("platform", "平台", true, "拼多多", "", PLATFORMS),
            column("shop", "店铺", false, "湘品旗舰店", "", List.of()),
            column("product", "商品", true, "儿童电动牙刷", "", List.of()),
            column("price", "价格（元）", false, "39.90", "", List.of()),
            column("sales", "销量", false, "1200", "", List.of()),
            column("seller_name", "经营者", true, "长沙某某电子商务有限公司", "", List.of()),
            column("seller_uscc", "经营者统一社会信用代码", false, "", "", List.of()),
            column("county_code", "经营者所在县区代码", true, "430104", "属地：移送查处的对象", List.of()),
            column("manufacturer", "标称生产者", false, "", "", List.of()),
            column("sample_no", "网上抽查抽样单编号", false, "", "", List.of()),
            column("found_on", "发现日期", true, "2026-05-08", "", List.of()));

    private ListingColumns() {}

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
