package org.zhijian.credit.web;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.credit.ClassRun;
import org.zhijian.credit.CreditManagement;
import org.zhijian.credit.SchemeSummary;
import org.zhijian.credit.internal.CreditErrors;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.web.Crumb;

/**
 * The schemes (list, one version's indicators and bands, load, use) and the monthly runs (run a month); loading,
 * using and running are the province's. A refused file or run comes back as the next page's message, with every
 * problem.
 */
@Controller
@RequestMapping("/credit")
class SchemePages {

    private final CreditManagement credit;

    SchemePages(CreditManagement credit) {
        this.credit = credit;
    }

    @GetMapping("/schemes")
    String schemes(@RequestParam(required = false) String version, Model model) {
        List<SchemeSummary> all = credit.schemes();
        String shown = version != null
                ? version
                : all.stream()
                        .filter(SchemeSummary::inUse)
                        .map(SchemeSummary::version)
                        .findFirst()
                        .orElse(null);
        model.addAttribute("schemes", all);
        model.addAttribute("shown", shown);
        model.addAttribute(
                "scheme",
                shown == null
                        ? null
                        : credit.scheme(shown)
                                .orElseThrow(() -> new BusinessRuleViolation(CreditErrors.NO_SCHEME, shown)));
        model.addAttribute("runs", credit.runs());
        model.addAttribute("crumbs", Crumb.belowAs("credit.title", "/credit", "credit.schemes.title"));
        return "credit/schemes";
    }

    @PostMapping("/schemes")
    String load(
            @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean use,
            RedirectAttributes redirect)
            throws IOException {
        try {
            SchemeSummary s = credit.loadScheme(file.getOriginalFilename(), file.getBytes(), use);
            redirect.addFlashAttribute("flashKey", "credit.schemes.loadedFlash");
            redirect.addFlashAttribute("flashArg", s.version());
            return "redirect:/credit/schemes?version=" + s.version();
        } catch (BusinessRuleViolation e) {
            return refused(redirect, e);
        }
    }

    @PostMapping("/schemes/{version}/use")
    String use(@PathVariable String version, RedirectAttributes redirect) {
        credit.useScheme(version);
        redirect.addFlashAttribute("flashKey", "credit.schemes.usedFlash");
        redirect.addFlashAttribute("flashArg", version);
        return "redirect:/credit/schemes";
    }

    @PostMapping("/runs")
    String run(@RequestParam String month, @RequestParam(required = false) String scheme, RedirectAttributes redirect) {
        try {
            ClassRun r = credit.classify(CreditApi.parseMonth(month), scheme);
            redirect.addFlashAttribute("flashKey", "credit.runs.done");
            redirect.addFlashAttribute("flashArg", r.month().toString());
            return "redirect:/credit?month=" + r.month()
                    + (scheme == null || scheme.isBlank() ? "" : "&scheme=" + scheme);
        } catch (BusinessRuleViolation e) {
            return refused(redirect, e);
        }
    }

    private static String refused(RedirectAttributes redirect, BusinessRuleViolation e) {
        redirect.addFlashAttribute("flashKey", e.errorCode().code());
        redirect.addFlashAttribute("flashArg", e.arguments().length == 0 ? "" : e.arguments()[0]);
        return "redirect:/credit/schemes";
    }
}
