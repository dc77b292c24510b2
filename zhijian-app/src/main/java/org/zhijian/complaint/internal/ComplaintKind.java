package org.zhijian.complaint.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.zhijian.complaint.ComplaintStatus;
import org.zhijian.records.Credited;
import org.zhijian.records.Field;
import org.zhijian.records.RecordKind;
import org.zhijian.records.Series;
import org.zhijian.records.Timeline;

/**
 * The rules of a complaint in one place: the work order's fields as a file row and an API request give them (the
 * work-order number identifies it), the respondent linked to the registry, the product and text classified, and the
 * series COMPLAINT counted per day received.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintKind {

    static final List<String> CHANNELS = List.of("12315热线", "网络", "APP", "信件", "转办");

    private static final String DETAIL =
            "concat('{complaint.status.', status, '}：', " + Timeline.abbreviated("description") + ")";

    /**
     * Outcomes that say the complaint was not upheld (不成立, 不予受理, 驳回, 撤回, 撤诉, 无责任); every other closed complaint
     * about a registered enterprise enters its credit file as upheld.
     */
    static final String NOT_UPHELD = "不成立|不予受理|驳回|撤回|撤诉|无责任";

    static final RecordKind KIND = RecordKind.builder("complaints", "投诉举报")
            .storedIn("complaint", "complaint")
            .page("/complaints/")
            .fields(
                    "complaint_no",
                    Field.text("complaint_no", "工单编号").required().searchable().example("12315-430104-20260508-0001"),
                    Field.choice("channel", "渠道", CHANNELS).required().example("12315热线"),
                    Field.timestamp("received_at", "登记时间")
                            .required()
                            .example("2026-05-08 09:30")
                            .hint("日期或日期时间"),
                    Field.text("complainant_name", "投诉人").example("李某").hint("个人信息：列表和导出中不显示"),
                    Field.phone("complainant_phone", "联系电话")
                            .example("13800000000")
                            .hint("个人信息：列表和导出中遮盖"),
                    Field.residentId("complainant_id", "身份证号").hint("个人信息：列表和导出中遮盖；填写时校验"),
                    Field.text("respondent_name", "被投诉方")
                            .required()
                            .searchable()
                            .example("长沙某某电器有限公司"),
                    Field.uscc("respondent_uscc", "被投诉方统一社会信用代码").hint("填写时校验并优先用于关联企业"),
                    Field.text("respondent_address", "被投诉方地址"),
                    Field.county("所属县区代码").required().example("430104").hint("办理的县级行政区划代码"),
                    Field.text("product", "产品或服务").searchable().example("电热水壶"),
                    Field.category("产品类别代码").example("CON-EE-KITCHEN").hint("须为产品分类中的代码；不填时按产品和投诉内容自动判断"),
                    Field.hazard("危害类型")
                            .example("触电")
                            .hint("化学危害、微生物、异物、火灾、爆炸、烧烫伤、触电、机械伤害、窒息、其他健康危害、无明显安全危害；不填时按投诉内容自动判断"),
                    Field.text("problem_type", "问题类型").example("质量问题").hint("质量问题、安全问题、虚假宣传、售后服务、价格、其他"),
                    Field.text("description", "投诉内容").required().searchable().example("购买的电热水壶使用一周后底座漏电"),
                    Field.decimal("amount", "涉及金额（元）", 2, "numeric(14, 2)").example("199.00"),
                    Field.choice("status", "状态", List.of("登记", "受理", "调解", "转办", "办结"))
                            .orElse("登记")
                            .mappedBy(s -> ComplaintStatus.parse(s).map(Enum::name))
                            .invalid("状态须为 登记、受理、调解、转办 或 办结")
                            .example("登记")
                            .hint("登记、受理、调解、转办、办结；默认登记"),
                    Field.timestamp("accepted_at", "受理时间"),
                    Field.timestamp("closed_at", "办结时间"),
                    Field.text("outcome", "办理结果").hint("办结时填写"))
            .linkedBy("respondent_uscc", "respondent_name")
            .classifiedBy("product", "description")
            .counted(Series.of(
                    "COMPLAINT",
                    "投诉举报",
                    "cast(received_at as date)",
                    "complaint_no",
                    "respondent_name || '：' || product"))
            .shownAs(
                    "respondent_name || '（' || complaint_no || '）'",
                    "product || ' · ' || description",
                    "received_at desc, id desc")
            .onTimeline(Timeline.of(
                            "投诉举报",
                            "cast(received_at as date)",
                            "case when product = '' then complaint_no else product || '（' || complaint_no || '）' end",
                            DETAIL)
                    .orderedBy("received_at desc, id desc")
                    .inCategory("respondent_name || '（' || complaint_no || '）'", DETAIL))
            .audited("COMPLAINT")
            .onUpdate("updated_at = now()")
            .credited(Credited.of(
                            "'COMPLAINT_UPHELD'",
                            "complaint_no",
                            "cast(coalesce(closed_at, received_at) as date)",
                            "concat_ws('：', nullif(product, ''), nullif(problem_type, ''), nullif(outcome, ''))")
                    .only("status = 'CLOSED' and outcome !~ '" + NOT_UPHELD + "'")
                    .by("county_code"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(1)
    RecordKind complaintRecordKind() {
        return KIND;
    }
}
