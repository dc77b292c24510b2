package org.zhijian.ecommerce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.ecommerce.Listing;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.RequestFields;

@RestController
@RequestMapping("/api/v1/listings")
@Tag(name = "电商监测")
class ListingApi {

    private final ListingManagement listings;

    ListingApi(ListingManagement listings) {
        this.listings = listings;
    }

    @GetMapping
    @Operation(
            summary = "电商商品，最新发现的在前（本账户范围：经营者所在地）",
            description =
                    "q：商品、店铺、经营者、生产者或链接中的词；status：FOUND、REMOVED、REFERRED、REPLIED，或 OVERDUE（移送后逾期未答复）；category：产品类别代码（含下级）；platform；"
                            + "region；enterprise：经营者信用代码；批量导入：POST /api/v1/imports/listings")
    PageResult<Listing> search(ListingQuery query, Integer page, Integer size) {
        return listings.search(query, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条电商商品")
    Listing find(@PathVariable long id) {
        return listings.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
    }

    @PostMapping
    @Operation(summary = "登记一条电商商品（JSON，字段同导入模板的列键，如 url、platform、product、seller_name、county_code、found_on）")
    ResponseEntity<Listing> register(@RequestBody Map<String, Object> body) {
        Map<String, String> fields = RequestFields.of(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(listings.register(fields));
    }

    /** The day the platform took the listing down. */
    record Removal(LocalDate on) {}

    @PostMapping("/{id}/removal")
    @Operation(summary = "登记平台已下架（留痕）")
    Listing removed(@PathVariable long id, @RequestBody Removal removal) {
        return listings.removed(id, removal.on());
    }

    /** Why the listing goes to the local authority. */
    record Referral(String note) {}

    @PostMapping("/{id}/referral")
    @Operation(summary = "移送经营者所在地市场监管部门查处（留痕）")
    Listing refer(@PathVariable long id, @RequestBody Referral referral) {
        return listings.refer(id, referral.note());
    }

    /** The local authority's answer. */
    record Reply(String reply) {}

    @PostMapping("/{id}/reply")
    @Operation(summary = "属地答复移送（留痕）")
    Listing reply(@PathVariable long id, @RequestBody Reply reply) {
        return listings.reply(id, reply.reply());
    }
}
