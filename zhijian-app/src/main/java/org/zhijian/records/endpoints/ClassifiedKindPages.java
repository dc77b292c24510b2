package org.zhijian.records.endpoints;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.platform.web.Flash;
import org.zhijian.records.ClassifiedKindFacade;

/**
 * A kind's list and export pages, plus the classification form of its record page
 * ({@code POST {page}/{id}/classification}): stores the officer's choice and goes back to the record with the outcome.
 */
public interface ClassifiedKindPages<R, Q extends Record> extends KindPages<R, Q> {

    /** The kind's facade, which takes classifications. */
    ClassifiedKindFacade<R, Q> records();

    @PostMapping("/{id}/classification")
    default String classify(
            @PathVariable long id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String hazard,
            RedirectAttributes redirect) {
        Flash.outcome(
                redirect,
                "classified.saved",
                "classified.notSaved",
                () -> records().classify(id, category, hazard));
        return "redirect:" + page().path() + "/" + id;
    }
}
