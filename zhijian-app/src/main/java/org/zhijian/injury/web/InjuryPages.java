package org.zhijian.injury.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.injury.Injury;
import org.zhijian.injury.InjuryManagement;
import org.zhijian.injury.InjuryQuery;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.PlatformErrors;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.Flash;
import org.zhijian.platform.web.QueryString;
import org.zhijian.platform.web.XlsxDownload;

@Controller
@RequestMapping("/injuries")
class InjuryPages {

    private static final List<String> EXPORT_HEADER = List.of(
            "病例编号",
            "发生日期",
            "县市区",
            "发生场所",
            "年龄段",
            "性别",
            "伤害类型",
            "受伤部位",
            "严重程度",
            "产品",
            "品牌",
            "型号",
            "危害（来源记载）",
            "产品类别",
            "危害类型",
            "经过",
            "来源",
            "生产者",
            "关联企业信用代码");

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
                QueryString.of(
                        "q",
                        query.q(),
                        "severity",
                        query.severity(),
                        "source",
                        query.source(),
                        "region",
                        query.region(),
                        "category",
                        query.category(),
                        "hazard",
                        query.hazard()));
        model.addAttribute("crumbs", List.of(Crumb.here("产品伤害")));
        return "injuries/list";
    }

    @GetMapping("/export")
    void export(InjuryQuery query, HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, "产品伤害", EXPORT_HEADER, p -> injuries.search(query, p), InjuryPages::exportRow);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Injury injury = injuries.find(id).orElseThrow(() -> new BusinessRuleViolation(PlatformErrors.NOT_FOUND, id));
        model.addAttribute("injury", injury);
        model.addAttribute("crumbs", List.of(Crumb.of("产品伤害", "/injuries"), Crumb.here(injury.caseNo())));
        return "injuries/detail";
    }

    @PostMapping("/{id}/classification")
    String classify(
            @PathVariable long id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String hazard,
            RedirectAttributes redirect) {
        Flash.outcome(
                redirect, "classified.saved", "classified.notSaved", () -> injuries.classify(id, category, hazard));
        return "redirect:/injuries/" + id;
    }

    /** One exported row, in {@link #EXPORT_HEADER} order. */
    private static Object[] exportRow(Injury i) {
        return new Object[] {
            i.caseNo(),
            i.occurredOn(),
            i.countyName(),
            i.place(),
            i.ageBand(),
            i.sex(),
            i.injuryType(),
            i.bodyPart(),
            i.severity(),
            i.product(),
            i.brand(),
            i.model(),
            i.hazardType(),
            i.classifiedAs().categoryCode(),
            i.classifiedAs().hazardCode(),
            i.description(),
            i.source(),
            i.manufacturer(),
            i.enterpriseUscc()
        };
    }
}
