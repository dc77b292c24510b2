package org.zhijian.ecommerce.web;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.zhijian.platform.web.PageText;
import org.zhijian.records.endpoints.KindPage;
import org.zhijian.records.endpoints.KindPages;

@Controller
@RequestMapping("/listings")
record ListingPages(ListingManagement listings, KindPage<Listing, ListingQuery> page)
        implements KindPages<Listing, ListingQuery> {

    @Autowired
    ListingPages(ListingManagement listings, PageText text) {
        this(
                listings,
                KindPage.of(listings, text, Listing.class, "/listings", "nav.listings", "listing.exportColumns")
                        .exportedAs("listing.exportName"));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Listing l = listings.get(id);
        model.addAttribute("l", l);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("crumbs", page.below(l.product()));
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
