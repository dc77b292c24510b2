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
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

@Controller
@RequestMapping("/listings")
class ListingPages {

    private final ListingManagement listings;
    private final PageText text;

    ListingPages(ListingManagement listings, PageText text) {
        this.listings = listings;
        this.text = text;
    }

    @GetMapping
    String list(ListingQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", listings.search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", QueryString.of(query));
        model.addAttribute("crumbs", List.of(Crumb.here(text.of("nav.listings"))));
        return "listings/list";
    }

    @GetMapping("/export")
    void export(ListingQuery query, HttpServletResponse response) throws IOException {
        var columns = text.columns(Listing.class, "listing.exportColumns");
        XlsxDownload.send(response, text.of("listing.exportName"), columns, p -> listings.search(query, p));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Listing l = listings.get(id);
        model.addAttribute("l", l);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", List.of(Crumb.of(text.of("nav.listings"), "/listings"), Crumb.here(l.product())));
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
}
