package org.zhijian.ecommerce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.ecommerce.Listing;
import org.zhijian.ecommerce.ListingManagement;
import org.zhijian.ecommerce.ListingQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

@Controller
@RequestMapping("/listings")
class ListingPages {

    private static final List<String> EXPORT_HEADER = List.of(
            "发现日期", "平台", "店铺", "商品", "价格", "销量", "经营者", "经营者信用代码", "县市区", "标称生产者", "网上抽查抽样单", "处置", "下架日期", "属地答复",
            "链接");

    private final ListingManagement listings;

    ListingPages(ListingManagement listings) {
        this.listings = listings;
    }

    @GetMapping
    String list(ListingQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", listings.search(query, PageRequest.of(page, 50)));
        model.addAttribute(
                "filter",
                QueryString.of(
                        "q",
                        query.q(),
                        "status",
                        query.status(),
                        "platform",
                        query.platform(),
                        "region",
                        query.region()));
        model.addAttribute("crumbs", List.of(Crumb.here("电商监测")));
        return "listings/list";
    }

    @GetMapping("/export")
    void export(ListingQuery query, HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, "电商商品", EXPORT_HEADER, p -> listings.search(query, p), ListingPages::exportRow);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Listing l = listings.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("l", l);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", List.of(Crumb.of("电商监测", "/listings"), Crumb.here(l.product())));
        return "listings/detail";
    }

    @PostMapping("/{id}/removal")
    String removed(@PathVariable long id, @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        return act(id, redirect, () -> listings.removed(id, on));
    }

    @PostMapping("/{id}/referral")
    String refer(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> listings.refer(id, note));
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String reply, RedirectAttributes redirect) {
        return act(id, redirect, () -> listings.reply(id, reply));
    }

    private String act(long id, RedirectAttributes redirect, Supplier<Listing> action) {
        try {
            Listing l = action.get();
            redirect.addFlashAttribute("flashKey", "listing.done");
            redirect.addFlashAttribute("flashArg", l.status());
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("flashKey", "listing.refused");
            redirect.addFlashAttribute("flashArg", "");
        }
        return "redirect:/listings/" + id;
    }

    /** One exported row, in {@link #EXPORT_HEADER} order. */
    private static Object[] exportRow(Listing l) {
        return new Object[] {
            l.foundOn(),
            l.platform(),
            l.shop(),
            l.product(),
            l.price(),
            l.sales(),
            l.sellerName(),
            l.enterpriseUscc(),
            l.countyName(),
            l.manufacturer(),
            l.sampleNo(),
            l.status(),
            l.removedOn(),
            l.reply(),
            l.url()
        };
    }
}
