package org.zhijian.injury.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.PageText;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;
import org.zhijian.records.endpoints.ClassifiedKindPages;

@Controller
@RequestMapping("/injuries")
class InjuryPages implements ClassifiedKindPages<Injury> {

    private final InjuryManagement injuries;
    private final PageText text;

    InjuryPages(InjuryManagement injuries, PageText text) {
        this.injuries = injuries;
        this.text = text;
    }

    @Override
    public InjuryManagement records() {
        return injuries;
    }

    @Override
    public String listPage() {
        return "/injuries";
    }

    @GetMapping
    String list(InjuryQuery query, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", injuries.search(query, PageRequest.of(page, 50)));
        model.addAttribute("filter", QueryString.of(query));
        model.addAttribute("crumbs", List.of(Crumb.here(text.of("nav.injuries"))));
        return "injuries/list";
    }

    @GetMapping("/export")
    void export(InjuryQuery query, HttpServletResponse response) throws IOException {
        XlsxDownload.send(
                response,
                text.of("nav.injuries"),
                text.columns(Injury.class, "injury.exportColumns"),
                p -> injuries.search(query, p));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Injury injury = injuries.get(id);
        model.addAttribute("injury", injury);
        model.addAttribute(
                "crumbs", List.of(Crumb.of(text.of("nav.injuries"), listPage()), Crumb.here(injury.caseNo())));
        return "injuries/detail";
    }
}
