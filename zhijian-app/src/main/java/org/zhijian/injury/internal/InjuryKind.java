package org.zhijian.injury.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.records.Credited;
import org.zhijian.records.Field;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Series;
import org.zhijian.records.Timeline;

/**
 * The rules of a product-injury case in one place: its fields as a surveillance hospital's file or an API request
 * give them (the case number identifies it), the manufacturer linked to the registry, the product and account
 * classified, and the series INJURY and INJURY_SEVERE (severity 3 and 4) counted per day of occurrence.
 */
@Configuration(proxyBeanMethods = false)
class InjuryKind {

    static final List<String> AGE_BANDS = List.of("0-4", "5-9", "10-14", "15-24", "25-44", "45-64", "65+", "不详");
    static final List<String> SEXES = List.of("男", "女", "不详");
    static final List<String> SOURCES = List.of("医院监测", "报告", "媒体", "其他");
    private static final String TITLE = "product || '：' || injury_type";

    static final RecordKind KIND = RecordKind.builder("injuries", "产品伤害")
            .storedIn("injury", "injury")
            .page("/injuries/")
            .fields(
                    "case_no",
                    Field.text("case_no", "病例编号").required().searchable().example("HN-INJ-2026-0001"),
                    Field.date("occurred_on", "发生日期")
                            .required()
                            .notFuture()
                            .invalid("日期缺失、无法识别或晚于今天")
                            .example("2026-05-08"),
                    Field.county("发生地县区代码").required().example("430104"),
                    Field.text("place", "发生场所").example("家中").hint("家中、学校、道路、公共场所、工作场所…"),
                    Field.choice("age_band", "年龄段", AGE_BANDS)
                            .orElse("不详")
                            .mappedBy(a -> Optional.of(a.replace("～", "-").replace("~", "-"))
                                    .filter(AGE_BANDS::contains))
                            .example("5-9"),
                    Field.choice("sex", "性别", SEXES).orElse("不详").example("男"),
                    Field.text("injury_type", "伤害类型").searchable().example("烧烫伤"),
                    Field.text("body_part", "受伤部位").example("手"),
                    Field.choice("severity", "严重程度", List.of("1", "2", "3", "4"))
                            .required()
                            .storedAs("smallint")
                            .invalid("严重程度须为 1、2、3 或 4")
                            .example("2")
                            .hint("1 急救即可；2 需急诊；3 需住院或长期影响；4 死亡或永久重度损害"),
                    Field.text("product", "产品").required().searchable().example("电热水壶"),
                    Field.text("brand", "品牌").searchable(),
                    Field.text("model", "型号").searchable(),
                    Field.category("产品类别代码").example("CON-EE-KITCHEN").hint("须为产品分类中的代码；不填时按产品和经过自动判断"),
                    Field.hazard("危害类型")
                            .lenient()
                            .searchable()
                            .example("烧烫伤")
                            .hint("按来源填写；是平台危害类型（如 火灾、触电、烧烫伤）时直接采用，否则按经过自动判断"),
                    Field.text("description", "经过").searchable().example("倒水时壶底脱落烫伤手背"),
                    Field.choice("source", "来源", SOURCES).required().example("医院监测"),
                    Field.text("manufacturer", "生产者").searchable().hint("用于关联企业名录"),
                    Field.uscc("manufacturer_uscc", "生产者统一社会信用代码"))
            .audited("INJURY")
            .linkedBy("manufacturer_uscc", "manufacturer")
            .classifiedBy(
                    "product",
                    "concat_ws('，', nullif(description, ''), nullif(hazard_type, ''), nullif(injury_type, ''))")
            .counted(Series.of("INJURY", "产品伤害", "occurred_on", "case_no", TITLE))
            .counted(Series.of("INJURY_SEVERE", "严重伤害", "occurred_on", "case_no", TITLE)
                    .only("severity >= 3"))
            .shownAs(
                    "product || '（' || case_no || '）'",
                    "concat_ws(' · ', occurred_on, injury_type, description)",
                    "occurred_on desc, id desc")
            .onTimeline(Timeline.of(
                    "产品伤害",
                    "occurred_on",
                    "product || '（' || case_no || '）'",
                    "concat(severity, ' 级 · ', injury_type, ' · ', " + Timeline.abbreviated("description") + ")"))
            .credited(Credited.of(
                            "'PRODUCT_INJURY'",
                            "case_no",
                            "occurred_on",
                            "product || ' · ' || coalesce(nullif(injury_type, ''), '产品伤害') || '（严重程度 ' || severity || '）'")
                    .by("county_code"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(3)
    RecordKind injuryRecordKind() {
        return KIND;
    }
}
