package org.zhijian.ecommerce.internal;

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
 * The rules of an e-commerce listing in one place: its fields as a monitoring tool's export or an API request give
 * them (the product link identifies it), the seller linked to the registry, the title and referral note classified,
 * and the series LISTING_REMOVED counted per day of removal.
 */
@Configuration(proxyBeanMethods = false)
class ListingKind {

    static final List<String> PLATFORMS = List.of("淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "美团", "其他");

    static final RecordKind KIND = RecordKind.builder("listings", "电商商品")
            .storedIn("listing", "listing")
            .page("/listings/")
            .fields(
                    "url",
                    Field.url("url", "商品链接")
                            .required()
                            .searchable()
                            .example("https://item.example.com/123456")
                            .hint("唯一标识一条商品"),
                    Field.choice("platform", "平台", PLATFORMS).required().example("拼多多"),
                    Field.text("shop", "店铺").searchable().example("湘品旗舰店"),
                    Field.text("product", "商品").required().searchable().example("儿童电动牙刷"),
                    Field.decimal("price", "价格（元）", 2, "numeric(14, 2)").example("39.90"),
                    Field.decimal("sales", "销量", 0, "bigint").example("1200"),
                    Field.text("seller_name", "经营者").required().searchable().example("长沙某某电子商务有限公司"),
                    Field.uscc("seller_uscc", "经营者统一社会信用代码"),
                    Field.county("经营者所在县区代码").required().example("430104").hint("属地：移送查处的对象"),
                    Field.text("manufacturer", "标称生产者").searchable(),
                    Field.text("sample_no", "网上抽查抽样单编号"),
                    Field.date("found_on", "发现日期")
                            .required()
                            .notFuture()
                            .invalid("日期缺失、无法识别或晚于今天")
                            .example("2026-05-08"))
            .audited("LISTING", "product")
            .linkedBy("seller_uscc", "seller_name")
            .classifiedBy("product", "referral_note")
            .counted(Series.of("LISTING_REMOVED", "电商下架", "removed_on", "platform", "shop || '：' || product")
                    .only("removed_on is not null"))
            .shownAs(
                    "product || '（' || platform || '）'",
                    "concat_ws(' · ', found_on, shop, seller_name, url)",
                    "found_on desc, id desc")
            .onTimeline(Timeline.of(
                    "电商商品",
                    "found_on",
                    "product || '（' || platform || '）'",
                    "concat(shop, ' · {listing.status.', status, '}')"))
            .credited(Credited.of("'LISTING_REMOVED'", "url", "removed_on", "platform || ' · ' || product || '：已下架'")
                    .only("removed_on is not null")
                    .by("county_code"))
            .build();

    /** Kinds are listed (search, imports, series) in their order. */
    @Bean
    @Order(5)
    RecordKind listingRecordKind() {
        return KIND;
    }
}
