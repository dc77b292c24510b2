package org.zhijian.enforcement.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.records.Credited;
import org.zhijian.records.Field;
import org.zhijian.records.RecordKind;
import org.zhijian.records.RowRule;
import org.zhijian.records.Timeline;

/**
 * The rules of a penalty decision in one place: its fields as the case system's file or an API request give them
 * (the decision's number identifies it; its publicity period does not end before the decision), the party linked to
 * the registry, the violation and facts classified.
 */
@Configuration(proxyBeanMethods = false)
class CaseKind {

    private static final String UNTIL = "无法识别，或早于处罚决定日期";

    static final RecordKind KIND = RecordKind.builder("cases", "行政处罚")
            .storedIn("enforcement", "enforcement_case")
            .page("/cases/")
            .fields(
                    "case_no",
                    Field.text("case_no", "决定书文号").required().searchable().example("湘长市监处罚〔2026〕12号"),
                    Field.text("party_name", "当事人").required().searchable().example("长沙某某食品有限公司"),
                    Field.uscc("party_uscc", "当事人统一社会信用代码"),
                    Field.county("县区代码").required().example("430104").hint("当事人所在或作出决定的县级行政区划代码"),
                    Field.text("violation_type", "违法行为类型")
                            .required()
                            .searchable()
                            .example("生产销售不合格产品"),
                    Field.text("legal_basis", "处罚依据").searchable().example("《产品质量法》第四十九条"),
                    Field.text("facts", "违法事实").searchable(),
                    Field.decimal("fine_amount", "罚款金额（元）", 2, "numeric(16, 2)").example("50000"),
                    Field.text("confiscation", "没收").example("没收违法所得 3,200 元"),
                    Field.yesNo("suspension", "责令停产停业").example("否").hint("是或否"),
                    Field.yesNo("revocation", "吊销许可证件").example("否").hint("是或否"),
                    Field.date("decided_on", "处罚决定日期")
                            .required()
                            .notFuture()
                            .invalid("日期缺失、无法识别或晚于今天")
                            .example("2026-05-08"),
                    Field.date("publicity_until", "公示截止日期")
                            .invalid(UNTIL)
                            .example("2029-05-08")
                            .hint("不早于决定日期"))
            .rule(CaseKind::publicityAfterDecision)
            .audited("CASE")
            .linkedBy("party_uscc", "party_name")
            .classifiedBy("violation_type", "facts")
            .shownAs(
                    "party_name || '（' || case_no || '）'",
                    "concat_ws(' · ', decided_on, violation_type, facts)",
                    "decided_on desc, id desc")
            .onTimeline(Timeline.of(
                    "行政处罚",
                    "decided_on",
                    "violation_type || '（' || case_no || '）'",
                    "case when fine_amount is null then legal_basis else '罚款 ' || fine_amount || ' 元' end"))
            .credited(Credited.of(
                            "case when suspension or revocation then 'PENALTY_SEVERE' else 'PENALTY' end",
                            "case_no",
                            "decided_on",
                            "violation_type || coalesce('：罚款 ' || fine_amount || ' 元', '')"
                                    + " || case when suspension then '，责令停产停业' else '' end"
                                    + " || case when revocation then '，吊销许可证件' else '' end")
                    .until("publicity_until")
                    .by("county_code")
                    .amount("fine_amount"))
            .build();

    private static Optional<RowRule.Problem> publicityAfterDecision(org.zhijian.records.StoredRow row) {
        if (row.get("publicity_until") instanceof LocalDate until
                && row.get("decided_on") instanceof LocalDate decided
                && until.isBefore(decided)) {
            return Optional.of(new RowRule.Problem("publicity_until", UNTIL));
        }
        return Optional.empty();
    }

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(4)
    RecordKind caseRecordKind() {
        return KIND;
    }
}
