package org.zhijian.injury.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;

@Controller
@RequestMapping("/injuries")
class InjuryPages {

    private final InjuryManagement injuries;

    InjuryPages(InjuryManagement injuries) {
        this.injuries = injuries;
    }

    @GetMapping
    String list(InjuryQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", injuries.search(query, PageRequest.of(page, 50)));
        model.addAttribute(
                "filter",
                "q=" + enc(query.q()) + "&severity=" + (query.severity() == null ? "" : query.severity()) + "&source="
                        + enc(query.source()) + "&region=" + enc(query.region()));
        model.addAttribute("crumbs", List.of(Crumb.here("产品伤害")));
        return "injuries/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Injury injury = injuries.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("injury", injury);
        model.addAttribute("crumbs", List.of(Crumb.of("产品伤害", "/injuries"), Crumb.here(injury.caseNo())));
        return "injuries/detail";
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
