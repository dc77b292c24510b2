package org.zhijian.injury.web;

import org.springframework.beans.factory.annotation.Autowired;
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
record InjuryPages(InjuryManagement records, KindPage<Injury, InjuryQuery> page)
        implements ClassifiedKindPages<Injury, InjuryQuery> {

    @Autowired
    InjuryPages(InjuryManagement injuries, PageText text) {
        this(injuries, KindPage.of(injuries, text, Injury.class, "/injuries", "nav.injuries", "injury.exportColumns"));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Injury injury = records.get(id);
        model.addAttribute("injury", injury);
        model.addAttribute("crumbs", page.below(injury.caseNo()));
        return "injuries/detail";
    }
}
