package org.zhijian.credit.web;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.credit.CreditManagement;
import org.zhijian.credit.EnterpriseClass;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;

/**
 * An enterprise's credit page for officers: its class of the month with the score sheet (each indicator, the facts
 * behind it, its points and the sum), the class history and the credit file.
 */
@Controller
class EnterpriseCreditPage {

    private final CreditManagement credit;

    EnterpriseCreditPage(CreditManagement credit) {
        this.credit = credit;
    }

    @GetMapping("/enterprises/{uscc}/credit")
    String credit(
            @PathVariable String uscc,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) Integer page,
            Model model) {
        YearMonth m = month == null || month.isBlank() ? null : CreditApi.parseMonth(month);
        var file = credit.facts(uscc, PageRequest.of(page, 50));
        EnterpriseClass c = credit.classOf(uscc, m, null).orElse(null);
        model.addAttribute("uscc", uscc);
        model.addAttribute("c", c);
        model.addAttribute("file", file);
        model.addAttribute("history", credit.history(uscc));
        model.addAttribute("baseUrl", "/enterprises/" + uscc + "/credit" + (month == null ? "" : "?month=" + month));
        String name = c != null ? c.name() : uscc;
        model.addAttribute("name", name);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.to("nav.enterprises", "/enterprises"),
                        Crumb.of(name, "/enterprises/" + uscc),
                        Crumb.hereAs("credit.file.title")));
        return "credit/enterprise";
    }
}
