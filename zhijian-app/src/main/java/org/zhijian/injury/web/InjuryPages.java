package org.zhijian.injury.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.web.PageText;
import org.zhijian.records.endpoints.ClassifiedKindPages;
import org.zhijian.records.endpoints.KindPage;

@Controller
@RequestMapping("/injuries")
class InjuryPages implements ClassifiedKindPages<Injury, InjuryQuery> {

    private final InjuryManagement injuries;
    private final KindPage<Injury, InjuryQuery> page;

    InjuryPages(InjuryManagement injuries, PageText text) {
        this.injuries = injuries;
        this.page = KindPage.of(injuries, text, Injury.class, "/injuries", "nav.injuries", "injury.exportColumns");
    }

    @Override
    public InjuryManagement records() {
        return injuries;
    }

    @Override
    public KindPage<Injury, InjuryQuery> page() {
        return page;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Injury injury = injuries.get(id);
        model.addAttribute("injury", injury);
        model.addAttribute("crumbs", page.below(injury.caseNo()));
        return "injuries/detail";
    }
}
