package org.zhijian.demo;

import java.util.List;

/**
 * What a generated enterprise of one line of business looks like.
 *
 * @param division GB/T 4754 division
 * @param words words that end its name (食品, 电器 …)
 * @param categories product categories it makes or sells
 * @param licenceKind the licence it typically holds, empty for none
 * @param licencePrefix prefix of the licence number
 * @param weight relative frequency
 */
record IndustryProfile(
        String division,
        List<String> words,
        List<String> categories,
        String licenceKind,
        String licencePrefix,
        int weight) {

    static final List<IndustryProfile> ALL = List.of(
            new IndustryProfile(
                    "13",
                    List.of("粮油", "米业", "肉类食品", "水产食品", "农产品加工"),
                    List.of("FOOD-GRAIN", "AGRI-MEAT", "AGRI-AQUA"),
                    "食品生产许可证",
                    "SC101",
                    5),
            new IndustryProfile(
                    "14",
                    List.of("食品", "食品科技", "乳业", "调味品", "生物科技"),
                    List.of("FOOD", "FOOD-HEALTH", "FOOD-SCHOOL"),
                    "食品生产许可证",
                    "SC106",
                    6),
            new IndustryProfile("15", List.of("茶业", "酒业", "饮品"), List.of("FOOD"), "食品生产许可证", "SC114", 3),
            new IndustryProfile("18", List.of("服饰", "制衣", "服装"), List.of("CON-APP-CLOTH"), "", "", 3),
            new IndustryProfile("19", List.of("鞋业", "皮具"), List.of("CON-APP-SHOE", "CON-CHILD-SHOE"), "", "", 2),
            new IndustryProfile("21", List.of("家具", "家居"), List.of("IND-HOME-FURN", "CON-CHILD-FURN"), "", "", 2),
            new IndustryProfile("24", List.of("玩具", "文体用品"), List.of("CON-CHILD-TOY"), "", "", 2),
            new IndustryProfile(
                    "26", List.of("化工", "烟花制造", "花炮"), List.of("CON-FW", "EXP-FW"), "烟花爆竹安全生产许可证", "（湘）YH安许证字", 2),
            new IndustryProfile("27", List.of("制药", "药业", "中药饮片"), List.of("DRUG-ESS", "DRUG-TCM"), "药品生产许可证", "湘", 1),
            new IndustryProfile(
                    "30",
                    List.of("水泥", "新型建材", "陶瓷"),
                    List.of("IND-CEMENT", "IND-HOME-GBM", "EXP-CERAMIC"),
                    "全国工业产品生产许可证",
                    "XK08-",
                    2),
            new IndustryProfile("31", List.of("钢铁", "钢材"), List.of("IND-STEEL-REBAR"), "全国工业产品生产许可证", "XK05-", 1),
            new IndustryProfile("37", List.of("电动车", "车业"), List.of("CON-EBIKE-BIKE", "CON-EBIKE-HELMET"), "", "", 1),
            new IndustryProfile(
                    "38",
                    List.of("电器", "电缆", "电气"),
                    List.of("CON-EE-KITCHEN", "IND-CABLE", "CON-EBIKE-CHG"),
                    "全国工业产品生产许可证",
                    "XK06-",
                    3),
            new IndustryProfile(
                    "39", List.of("电子", "智能科技", "信息技术"), List.of("CON-EE-WEAR", "CON-EE-AV", "CON-EE-LOCK"), "", "", 3),
            new IndustryProfile("40", List.of("仪器仪表", "仪表"), List.of("IND-INST-PG", "IND-INST-FLOW"), "", "", 1),
            new IndustryProfile(
                    "51", List.of("贸易", "商贸", "进出口贸易"), List.of("CON", "FOOD-IMPORT", "COS"), "食品经营许可证", "JY1", 12),
            new IndustryProfile(
                    "52", List.of("超市", "商行", "便利店", "百货"), List.of("FOOD", "CON", "COS"), "食品经营许可证", "JY1", 20),
            new IndustryProfile("62", List.of("餐饮", "餐饮管理", "酒家"), List.of("FOOD-CATER"), "食品经营许可证", "JY2", 14),
            new IndustryProfile("01", List.of("种植", "农业开发", "蔬菜种植"), List.of("AGRI-VEG"), "", "", 4));

    static int totalWeight() {
        return ALL.stream().mapToInt(IndustryProfile::weight).sum();
    }
}
