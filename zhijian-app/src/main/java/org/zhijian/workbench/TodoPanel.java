package org.zhijian.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhijian.indicator.IndicatorManagement;
import org.zhijian.indicator.ReportingRound;
import org.zhijian.indicator.Rounds;
import org.zhijian.platform.PageRequest;
import org.zhijian.platform.access.AccessDeniedException;
import org.zhijian.platform.access.Actor;
import org.zhijian.platform.access.CurrentActor;
import org.zhijian.platform.access.Scope;
import org.zhijian.risk.WarningQuery;
import org.zhijian.risk.Warnings;
import org.zhijian.sampling.SamplingManagement;

/**
 * The home page's to-do panel (我的待办), loaded after the page: the warnings the reader's level must act on (and how
 * many are overdue), referrals awaiting the reader's reply, sampling deadlines past due, and reporting rounds
 * waiting for the reader — a prefecture's review or entry, the province's decision. Each line links to its list;
 * a line the reader's role may not open is not counted.
 */
@Controller
class TodoPanel {

    private final Warnings warnings;
    private final SamplingManagement sampling;
    private final IndicatorManagement indicators;
    private final Rounds rounds;
    private final CurrentActor currentActor;

    TodoPanel(
            Warnings warnings,
            SamplingManagement sampling,
            IndicatorManagement indicators,
            Rounds rounds,
            CurrentActor currentActor) {
        this.warnings = warnings;
        this.sampling = sampling;
        this.indicators = indicators;
        this.rounds = rounds;
        this.currentActor = currentActor;
    }

    /** A line of the panel: what, how many, where to work it, and whether it is late. */
    record Item(String label, long count, String url, boolean late) {

        /** The page the line opens, without its query: what the page-access rules are checked against. */
        public String path() {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }

    @GetMapping("/home/todo")
    String todo(Model model) {
        List<Item> items = new ArrayList<>();
        add(items, "待处置的风险预警", "/risk/warnings?queue=mine", false, () -> warningCount(false));
        add(items, "其中已超期", "/risk/warnings?queue=mine&overdue=true", true, () -> warningCount(true));
        add(
                items,
                "待答复的预警转办",
                "/risk/warnings?queue=mine",
                false,
                () -> warnings.awaitingReply().size());
        add(
                items,
                "已逾期的整改、复查与公示",
                "/sampling/overdue",
                true,
                () -> sampling.overdue(PageRequest.of(1, 1)).total());
        Actor actor = currentActor.get();
        List<ReportingRound.Submission> open = openSubmissions(actor.writeScope());
        add(items, "待市州审核的指标填报", "/indicators/rounds", false, () -> waiting(open, actor, "SUBMITTED"));
        add(items, "待填报或被退回的指标", "/indicators/rounds", false, () -> waiting(open, actor, "DRAFT", "RETURNED"));
        add(items, "待省级审定的指标填报", "/indicators/rounds", false, () -> waiting(open, actor, "REVIEWED"));
        model.addAttribute("todo", items);
        return "fragments/todo :: todo";
    }

    private long warningCount(boolean overdue) {
        return warnings.search(new WarningQuery("mine", "OPEN", null, null, null, overdue), PageRequest.of(1, 1))
                .total();
    }

    /**
     * The submissions of every round not yet locked, read once per panel; only for those who work rounds (the
     * province, a prefecture's officers).
     */
    private List<ReportingRound.Submission> openSubmissions(Scope scope) {
        if (scope.kind() != Scope.Kind.ALL && scope.kind() != Scope.Kind.PREFECTURE) {
            return List.of();
        }
        return indicators.plans().stream()
                .flatMap(p -> rounds.rounds(p.code()).stream())
                .filter(r -> !r.locked())
                .flatMap(r -> r.submissions().stream())
                .toList();
    }

    /**
     * Submissions in the given states that wait for this reader: a prefecture's own (a review only when someone
     * else submitted it, an entry only while its window is open), every prefecture's for the province's decision.
     */
    private static long waiting(List<ReportingRound.Submission> open, Actor actor, String... states) {
        Scope scope = actor.writeScope();
        boolean province = scope.kind() == Scope.Kind.ALL;
        if (province != List.of(states).contains("REVIEWED")) {
            return 0;
        }
        return open.stream()
                .filter(s -> List.of(states).contains(s.status()))
                .filter(s -> province || s.prefectureCode().equals(scope.code()))
                .filter(s -> !s.status().equals("SUBMITTED") || !submittedBy(s, actor.username()))
                .filter(s -> !List.of("DRAFT", "RETURNED").contains(s.status()) || s.open())
                .count();
    }

    private static boolean submittedBy(ReportingRound.Submission s, String username) {
        return s.steps().stream()
                .filter(step -> step.action().equals("提交审核"))
                .reduce((a, b) -> b)
                .map(step -> step.actor().equals(username))
                .orElse(false);
    }

    private static void add(List<Item> items, String label, String url, boolean late, LongSupplier count) {
        try {
            long n = count.getAsLong();
            if (n > 0) {
                items.add(new Item(label, n, url, late));
            }
        } catch (AccessDeniedException | org.springframework.security.access.AccessDeniedException e) {
            // the reader's role does not work this list
        }
    }
}
