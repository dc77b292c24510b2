package org.zhijian.ecommerce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.ecommerce.Listing;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.records.endpoints.KindApi;

@RestController
@RequestMapping("/api/v1/listings")
@Tag(name = "电商监测")
record ListingApi(ListingManagement records) implements KindApi<Listing, ListingQuery> {

    /** The day the platform took the listing down. */
    record Removal(LocalDate on) {}

    @PostMapping("/{id}/removal")
    @Operation(summary = "登记平台已下架（留痕）")
    Listing removed(@PathVariable long id, @RequestBody Removal removal) {
        return records.removed(id, removal.on());
    }

    /** Why the listing goes to the local authority. */
    record Referral(String note) {}

    @PostMapping("/{id}/referral")
    @Operation(summary = "移送经营者所在地市场监管部门查处（留痕）")
    Listing refer(@PathVariable long id, @RequestBody Referral referral) {
        return records.refer(id, referral.note());
    }

    /** The local authority's answer. */
    record Reply(String reply) {}

    @PostMapping("/{id}/reply")
    @Operation(summary = "属地答复移送（留痕）")
    Listing reply(@PathVariable long id, @RequestBody Reply reply) {
        return records.reply(id, reply.reply());
    }
}
