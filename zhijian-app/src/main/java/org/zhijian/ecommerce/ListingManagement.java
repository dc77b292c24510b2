package org.zhijian.ecommerce;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PageResult;

/** The e-commerce module's API; reads and writes stay within the officer's area (the seller's county). */
public interface ListingManagement {

    /** Records a listing from its fields (the import template's column keys); audited. */
    Listing register(Map<String, String> fields);

    PageResult<Listing> search(ListingQuery query, PageRequest page);

    Optional<Listing> find(long id);

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
