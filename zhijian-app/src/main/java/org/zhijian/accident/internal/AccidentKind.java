package org.zhijian.accident.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.records.Credited;
import org.zhijian.records.Field;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Series;
import org.zhijian.records.Timeline;

/**
 * The rules of a quality-safety accident report in one place: its fields as a file row or an API request give them
 * (the report's number identifies it), the enterprise involved linked to the registry, the product and account
 * classified, the series ACCIDENT counted per day of the accident, a search hit and a timeline line. It has no pages
 * of its own: {@code /records/accidents} lists the reports and shows each one.
 */
@Configuration(proxyBeanMethods = false)
class AccidentKind {

    static final List<String> SOURCES = List.of("企业报告", "部门通报", "医疗机构", "媒体", "其他");

    static final RecordKind KIND = RecordKind.builder("accidents", "质量安全事故")
            .storedIn("accident", "accident")
            .fields(
                    "accident_no",
                    Field.text("accident_no", "事故编号")
                            .required()
                            .searchable()
                            .listed()
                            .example("HN-ACC-2026-0001"),
                    Field.date("occurred_on", "发生日期")
                            .required()
                            .notFuture()
                            .invalid("日期缺失、无法识别或晚于今天")
                            .listed()
                            .example("2026-05-08"),
                    Field.county("发生地县区代码").required().listed().example("430104"),
                    Field.text("place", "发生场所").example("居民楼").hint("家中、学校、工厂、商场、道路…"),
                    Field.text("product", "涉事产品")
                            .required()
                            .searchable()
                            .listed()
                            .example("电动自行车锂电池"),
                    Field.category("产品类别代码").example("CON-EE").hint("须为产品分类中的代码；不填时按产品和经过自动判断"),
                    Field.hazard("危害类型").example("火灾").hint("不填时按经过自动判断"),
                    Field.decimal("deaths", "死亡人数", 0, "bigint").listed().example("0"),
                    Field.decimal("injured", "受伤人数", 0, "bigint").listed().example("2"),
                    Field.decimal("loss", "直接经济损失（万元）", 2, "numeric(14, 2)").example("35.5"),
                    Field.text("enterprise_name", "涉事企业")
                            .searchable()
                            .example("长沙某某电池有限公司")
                            .hint("生产者或销售者，用于关联企业名录"),
                    Field.uscc("party_uscc", "涉事企业统一社会信用代码"),
                    Field.text("description", "事故经过").required().searchable().example("充电时电池起火，引燃楼道杂物"),
                    Field.text("cause", "原因初判").searchable().example("电芯内部短路"),
                    Field.choice("source", "来源", SOURCES).required().example("部门通报"))
            .audited("ACCIDENT")
            .linkedBy("party_uscc", "enterprise_name")
            .classifiedBy("product", "concat_ws('，', description, nullif(cause, ''))")
            .counted(Series.of("ACCIDENT", "质量安全事故", "occurred_on", "accident_no", "product || '：' || place"))
            .shownAs(
                    "product || '（' || accident_no || '）'",
                    "concat_ws(' · ', occurred_on, place, " + Timeline.abbreviated("description") + ")",
                    "occurred_on desc, id desc")
            .onTimeline(Timeline.of(
                    "质量安全事故",
                    "occurred_on",
                    "product || '（' || accident_no || '）'",
                    "concat('死亡 ', coalesce(deaths, 0), ' 人，受伤 ', coalesce(injured, 0), ' 人 · ', "
                            + Timeline.abbreviated("description") + ")"))
            .credited(Credited.of(
                            "case when coalesce(deaths, 0) > 0 then 'ACCIDENT_FATAL' else 'ACCIDENT' end",
                            "accident_no",
                            "occurred_on",
                            "product || '：死亡 ' || coalesce(deaths, 0) || ' 人，受伤 ' || coalesce(injured, 0) || ' 人'")
                    .by("county_code"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(7)
    RecordKind accidentRecordKind() {
        return KIND;
    }
}
