package org.zhijian.injury.internal;

import java.util.List;
import org.zhijian.importing.ImportColumn;

/** The injury template's columns (keys are the table's column names). */
final class InjuryColumns {

    static final List<String> AGE_BANDS = List.of("0-4", "5-9", "10-14", "15-24", "25-44", "45-64", "65+", "不详");
    static final List<String> SEXES = List.of("男", "女", "不详");
    static final List<String> SOURCES = List.of("医院监测", "报告", "媒体", "其他");

    static final List<ImportColumn> ALL = List.of(
            column("case_no", "病例编号", true, "HN-INJ-2026-0001", "", List.of()),
            column("occurred_on", "发生日期", true, "2026-05-08", "", List.of()),
            column("county_code", "发生地县区代码", true, "430104", "", List.of()),
            column("place", "发生场所", false, "家中", "家中、学校、道路、公共场所、工作场所…", List.of()),
            column("age_band", "年龄段", false, "5-9", "", AGE_BANDS),
            column("sex", "性别", false, "男", "", SEXES),
            column("injury_type", "伤害类型", false, "烧烫伤", "", List.of()),
            column("body_part", "受伤部位", false, "手", "", List.of()),
            column("severity", "严重程度", true, "2", "1 急救即可；2 需急诊；3 需住院或长期影响；4 死亡或永久重度损害", List.of("1", "2", "3", "4")),
            column("product", "产品", true, "电热水壶", "", List.of()),
            column("brand", "品牌", false, "", "", List.of()),
            column("model", "型号", false, "", "", List.of()),
            column("category_code", "产品类别代码", false, "CON-EE-KITCHEN", "须为产品分类中的代码；不填时按产品和经过自动判断", List.of()),
            column("hazard_type", "危害类型", false, "烧烫伤", "按来源填写；是平台危害类型（如 火灾、触电、烧烫伤）时直接采用，否则按经过自动判断", List.of()),
            column("description", "经过", false, "倒水时壶底脱落烫伤手背", "", List.of()),
            column("source", "来源", true, "医院监测", "", SOURCES),
            column("manufacturer", "生产者", false, "", "用于关联企业名录", List.of()),
            column("manufacturer_uscc", "生产者统一社会信用代码", false, "", "", List.of()));

    private InjuryColumns() {}

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
