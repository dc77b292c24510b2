package org.zhijian.ecommerce;

import java.time.LocalDate;
import org.zhijian.records.KindFacade;

/**
 * The e-commerce module's API: registering and reading listings (audited) as every record kind does, its list and
 * its workflow; reads and writes stay within the officer's area (the seller's county). */
public interface ListingManagement extends KindFacade<Listing, ListingQuery> {

    /** The platform took the listing down (下架) on that day; audited. */
    Listing removed(long id, LocalDate on);

    /**
     * Refers the listing to the seller's local authority for investigation (属地查处), with a reply due
     * {@code zhijian.ecommerce.referral-reply-days} days later; audited.
     */
    Listing refer(long id, String note);

    /** The local authority answers a referral; audited. */
    Listing reply(long id, String reply);
}
