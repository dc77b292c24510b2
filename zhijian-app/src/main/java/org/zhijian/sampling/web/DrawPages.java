package org.zhijian.sampling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.platform.XlsxTable;
import org.zhijian.platform.web.Crumb;
import org.zhijian.platform.web.XlsxDownload;
import org.zhijian.sampling.Draw;
import org.zhijian.sampling.DrawnTarget;
import org.zhijian.sampling.Plan;
import org.zhijian.sampling.SamplingManagement;
import org.zhijian.sampling.internal.SamplingErrors;

/** Running a draw from a plan, reviewing, confirming, discarding, verifying and exporting it. */
@Controller
class DrawPages {

    private final SamplingManagement sampling;
    private final Refusals refusals;

    DrawPages(SamplingManagement sampling, Refusals refusals) {
        this.sampling = sampling;
        this.refusals = refusals;
    }

    @PostMapping("/sampling/plans/{planId}/draws")
    String draw(@PathVariable long planId, @RequestParam(required = false) String seed, RedirectAttributes redirect) {
        Long s = null;
        if (seed != null && !seed.isBlank()) {
            try {
                s = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                redirect.addFlashAttribute("flashKey", "sampling.draw.badSeed");
                redirect.addFlashAttribute("flashArg", seed);
                return "redirect:/sampling/plans/" + planId;
            }
        }
        Draw draw = sampling.draw(planId, s);
        return "redirect:/sampling/draws/" + draw.id();
    }

    @GetMapping("/sampling/draws/{id}")
    String draw(@PathVariable long id, @RequestParam(defaultValue = "false") boolean verify, Model model) {
        Draw draw = find(id);
        Plan plan = sampling.plan(draw.planId()).orElseThrow();
        model.addAttribute("draw", draw);
        model.addAttribute("plan", plan);
        model.addAttribute("verification", verify ? sampling.verify(id) : null);
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.to("sampling.plans.title", "/sampling/plans"),
                        Crumb.of(plan.title(), "/sampling/plans/" + plan.id()),
                        Crumb.hereAs("sampling.draw.title", id)));
        return "sampling/draw";
    }

    @PostMapping("/sampling/draws/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        return decide(id, true, redirect);
    }

    @PostMapping("/sampling/draws/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        return decide(id, false, redirect);
    }

    private String decide(long id, boolean confirm, RedirectAttributes redirect) {
        try {
            if (confirm) {
                sampling.confirm(id);
            } else {
                sampling.discard(id);
            }
            redirect.addFlashAttribute("flashKey", confirm ? "sampling.draw.confirmed" : "sampling.draw.discarded");
            redirect.addFlashAttribute("flashArg", id);
        } catch (BusinessRuleViolation e) {
            refusals.flash(redirect, e);
        }
        return "redirect:/sampling/draws/" + id;
    }

    @GetMapping("/sampling/draws/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        Draw draw = find(id);
        XlsxDownload.start(response, "抽取结果-" + id + ".xlsx");
        try (XlsxTable table = new XlsxTable(
                "抽取结果", List.of("序号", "统一社会信用代码", "企业名称", "所在县市区", "分层", "检查员", "抽取编号", "种子", "对象库哈希", "状态"))) {
            for (DrawnTarget t : draw.selections()) {
                table.add(
                        t.ordinal(),
                        t.uscc(),
                        t.enterpriseName(),
                        t.countyName(),
                        t.stratum(),
                        String.join("、", t.inspectors()),
                        draw.id(),
                        draw.seed(),
                        draw.poolHash(),
                        draw.status());
            }
            table.write(response.getOutputStream());
        }
    }

    private Draw find(long id) {
        return sampling.findDraw(id).orElseThrow(() -> new BusinessRuleViolation(SamplingErrors.DRAW_NOT_FOUND, id));
    }
}
