package org.zhijian.algo.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CreditScorerTest {

    private static final LocalDate NOV_END = LocalDate.of(2026, 11, 30);
    private static final double INF = Double.POSITIVE_INFINITY;

    static List<Band> bands(double b, double c, double d) {
        return List.of(
                new Band(CreditClass.A, Double.NEGATIVE_INFINITY, b),
                new Band(CreditClass.B, b, c),
                new Band(CreditClass.C, c, d),
                new Band(CreditClass.D, d, INF));
    }

    static CreditScheme scheme() {
        return new CreditScheme(
                "test-1",
                "测试方案",
                10,
                List.of(
                        new Indicator("FAIL", "抽查不合格", "监管信息", List.of("SAMPLE_FAILED"), 24, 10, 30, 0, false),
                        new Indicator("PASS", "抽查合格", "监管信息", List.of("SAMPLE_PASSED"), 24, -2, 6, 0, false),
                        new Indicator("FINE", "大额罚款", "监管信息", List.of("PENALTY"), 36, 15, 0, 100_000, false),
                        new Indicator("ABN", "列入经营异常名录", "监管信息", List.of("ABNORMAL_LISTED"), 0, 20, 20, 0, true)),
                bands(20, 40, 60),
                List.of(new HardRule("SERIOUS", "列入严重违法失信名单", List.of("SERIOUS_LISTED"), 0, true, CreditClass.D)));
    }

    private static Fact fact(String kind, LocalDate day) {
        return new Fact(kind, day, null, Double.NaN, kind + "@" + day);
    }

    @Test
    void an_enterprise_without_facts_gets_the_base_score_and_its_class() {
        Outcome o = CreditScorer.score(scheme(), NOV_END, List.of());

        assertThat(o.score()).isEqualTo(10);
        assertThat(o.creditClass()).isEqualTo(CreditClass.A);
        assertThat(o.lines()).extracting(ScoreLine::indicator).containsExactly("BASE", "FAIL", "PASS", "FINE", "ABN");
    }

    @Test
    void facts_count_within_the_window_ending_on_the_day_and_never_after_it() {
        List<Fact> facts = List.of(
                fact(
                        "SAMPLE_FAILED",
                        LocalDate.of(2024, 11, 30)), // exactly 24 months before: outside (day > asOf − 24m)
                fact("SAMPLE_FAILED", LocalDate.of(2024, 12, 1)),
                fact("SAMPLE_FAILED", NOV_END),
                fact("SAMPLE_FAILED", LocalDate.of(2026, 12, 1)));

        Outcome o = CreditScorer.score(scheme(), NOV_END, facts);

        assertThat(o.lines().get(1).count()).isEqualTo(2);
        assertThat(o.lines().get(1).points()).isEqualTo(20);
        assertThat(o.lines().get(1).references())
                .containsExactly("SAMPLE_FAILED@2024-12-01", "SAMPLE_FAILED@2026-11-30");
        assertThat(o.score()).isEqualTo(30);
        assertThat(o.creditClass()).isEqualTo(CreditClass.B);
    }

    @Test
    void caps_bound_both_added_and_removed_points() {
        List<Fact> facts = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            facts.add(fact("SAMPLE_FAILED", NOV_END.minusDays(k)));
            facts.add(fact("SAMPLE_PASSED", NOV_END.minusDays(k)));
        }

        Outcome o = CreditScorer.score(scheme(), NOV_END, facts);

        assertThat(o.lines().get(1).points()).isEqualTo(30);
        assertThat(o.lines().get(2).points()).isEqualTo(-6);
        assertThat(o.score()).isEqualTo(34);
    }

    @Test
    void a_minimum_amount_leaves_out_small_fines_and_facts_without_an_amount() {
        List<Fact> facts = List.of(
                new Fact("PENALTY", NOV_END, null, 200_000, "big"),
                new Fact("PENALTY", NOV_END, null, 99_999.99, "small"),
                new Fact("PENALTY", NOV_END, null, Double.NaN, "none"));

        Outcome o = CreditScorer.score(scheme(), NOV_END, facts);

        assertThat(o.lines().get(3).count()).isEqualTo(1);
        assertThat(o.lines().get(3).references()).containsExactly("big");
    }

    @Test
    void a_standing_indicator_counts_a_list_entry_only_until_its_removal() {
        Fact removed =
                new Fact("ABNORMAL_LISTED", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 11, 30), Double.NaN, "r");
        Fact standing =
                new Fact("ABNORMAL_LISTED", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 1), Double.NaN, "s");

        assertThat(CreditScorer.score(scheme(), NOV_END, List.of(removed))
                        .lines()
                        .get(4)
                        .count())
                .as("removed on the day: no longer standing")
                .isZero();
        assertThat(CreditScorer.score(scheme(), NOV_END, List.of(standing))
                        .lines()
                        .get(4)
                        .points())
                .isEqualTo(20);
    }

    @Test
    void a_hard_rule_raises_the_class_whatever_the_score_and_is_named() {
        Fact listed = new Fact("SERIOUS_LISTED", LocalDate.of(2026, 6, 1), null, Double.NaN, "S-1");

        Outcome o = CreditScorer.score(scheme(), NOV_END, List.of(listed));

        assertThat(o.scoreClass()).isEqualTo(CreditClass.A);
        assertThat(o.creditClass()).isEqualTo(CreditClass.D);
        assertThat(o.rulesFired()).extracting(HardRule::code).containsExactly("SERIOUS");
    }

    @Test
    void a_band_starts_at_its_lower_bound() {
        CreditScheme s = scheme();

        assertThat(s.classOf(19.99)).isEqualTo(CreditClass.A);
        assertThat(s.classOf(20)).isEqualTo(CreditClass.B);
        assertThat(s.classOf(60)).isEqualTo(CreditClass.D);
        assertThat(s.classOf(-1e9)).isEqualTo(CreditClass.A);
    }

    @Test
    void overlapping_bands_are_refused_with_the_classes_and_ranges_named() {
        List<Band> overlapping = List.of(
                new Band(CreditClass.A, Double.NEGATIVE_INFINITY, 20),
                new Band(CreditClass.B, 20, 45),
                new Band(CreditClass.C, 40, 70),
                new Band(CreditClass.D, 70, INF));

        assertThatThrownBy(() -> new CreditScheme("v", "x", 0, List.of(), overlapping, List.of()))
                .isInstanceOfSatisfying(
                        InvalidSchemeException.class,
                        e -> assertThat(e.problems()).containsExactly("分级阈值重叠：B 类 [20, 45) 与 C 类 [40, 70) 重叠"));
    }

    @Test
    void gaps_missing_classes_and_bad_indicators_are_all_listed() {
        List<Band> gap = List.of(
                new Band(CreditClass.A, Double.NEGATIVE_INFINITY, 20),
                new Band(CreditClass.B, 25, 45),
                new Band(CreditClass.C, 45, 70),
                new Band(CreditClass.D, 70, 100));
        List<Indicator> bad = List.of(
                new Indicator("X", "x", "", List.of(), 12, 1, 0, 0, false),
                new Indicator("X", "x", "", List.of("K"), -1, 1, 0, 0, false));

        List<String> problems = CreditScheme.validate("", bad, gap, List.of());

        assertThat(problems)
                .containsExactly(
                        "方案缺少版本号",
                        "指标 X：未指定计入的事实类型",
                        "指标 X：代码重复",
                        "指标 X：时间窗、封顶分值和金额下限不能为负数",
                        "分级阈值：D 类须不设上限（100 及以上的分数没有类别）",
                        "分级阈值有空档：A 类 [−∞, 20) 与 B 类 [25, 45) 之间的分数没有类别");
        assertThat(CreditScheme.validate("v", List.of(), bands(20, 40, 60).subList(0, 3), List.of()))
                .containsExactly("分级阈值：须为 A、B、C、D 四类各给出一个分数区间");
    }

    @Property(tries = 300)
    void the_lines_of_a_score_sheet_add_up_to_the_score_and_the_class_is_never_below_the_band(
            @ForAll @IntRange(min = 0, max = 12) int failed,
            @ForAll @IntRange(min = 0, max = 12) int passed,
            @ForAll @IntRange(min = 0, max = 3) int fines,
            @ForAll boolean serious) {
        CreditScheme s = new CreditScheme(
                "p",
                "p",
                7.35,
                List.of(
                        new Indicator("F", "f", "", List.of("SAMPLE_FAILED"), 24, 3.3, 25, 0, false),
                        new Indicator("P", "p", "", List.of("SAMPLE_PASSED"), 24, -0.7, 5, 0, false),
                        new Indicator("M", "m", "", List.of("PENALTY"), 36, 11.1, 0, 0, false)),
                bands(15.5, 30.25, 45),
                List.of(new HardRule("S", "s", List.of("SERIOUS_LISTED"), 0, true, CreditClass.D)));
        List<Fact> facts = new ArrayList<>();
        for (int k = 0; k < failed; k++) {
            facts.add(fact("SAMPLE_FAILED", NOV_END.minusDays(k * 20L)));
        }
        for (int k = 0; k < passed; k++) {
            facts.add(fact("SAMPLE_PASSED", NOV_END.minusDays(k * 30L)));
        }
        for (int k = 0; k < fines; k++) {
            facts.add(new Fact("PENALTY", NOV_END.minusMonths(k * 13L), null, 5000, "m" + k));
        }
        if (serious) {
            facts.add(fact("SERIOUS_LISTED", NOV_END.minusYears(1)));
        }

        Outcome o = CreditScorer.score(s, NOV_END, facts);

        double sum = o.lines().stream().mapToDouble(ScoreLine::points).sum();
        assertThat(o.score()).isCloseTo(sum, within(1e-9));
        assertThat(o.creditClass()).isGreaterThanOrEqualTo(s.classOf(o.score()));
        assertThat(o.creditClass() == CreditClass.D).isEqualTo(serious || o.score() >= 45);
    }
}
