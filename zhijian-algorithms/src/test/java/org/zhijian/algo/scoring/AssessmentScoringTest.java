package org.zhijian.algo.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.scoring.AssessmentScoring.Item;
import org.zhijian.algo.scoring.AssessmentScoring.Kind;
import org.zhijian.algo.scoring.AssessmentScoring.Sheet;

class AssessmentScoringTest {

    private static final List<Item> SCHEME = List.of(
            new Item("M", "制造业产品质量合格率", Kind.INDICATOR, 40, 90.0, 95.0, true, 0),
            new Item("T", "质量强市工作任务", Kind.TASK, 40, null, null, true, 0),
            new Item("D", "较大质量安全事故", Kind.DEDUCTION, 10, null, null, true, 5),
            new Item("B", "中国质量奖", Kind.BONUS, 5, null, null, true, 2),
            new Item("V", "重大质量安全事故（一票否决）", Kind.VETO, 0, null, null, true, 0));

    private static Map<String, Double> inputs(Double m, Double t, Double d, Double b, Double v) {
        Map<String, Double> x = new LinkedHashMap<>();
        x.put("M", m);
        x.put("T", t);
        x.put("D", d);
        x.put("B", b);
        x.put("V", v);
        return x;
    }

    @Test
    void scoresLinearlyBetweenFloorAndTargetCapsDeductionsAndBonusesAndRanksWithTiesAndVetoes() {
        Map<String, Map<String, Double>> in = new LinkedHashMap<>();
        in.put("长沙", inputs(96.0, 1.0, 0.0, 3.0, 0.0)); // 40 + 40 − 0 + min(5, 6) = 85
        in.put("株洲", inputs(92.5, 0.9, 1.0, 0.0, 0.0)); // 20 + 36 − 5 = 51
        in.put("湘潭", inputs(93.75, 0.5, 3.0, 1.0, 0.0)); // 30 + 20 − min(10, 15) + 2 = 42
        in.put("衡阳", inputs(92.5, 0.9, 1.0, 0.0, 0.0)); // 51, ties with 株洲
        in.put("岳阳", inputs(99.0, 1.0, 0.0, 0.0, 1.0)); // vetoed
        List<Sheet> sheets = AssessmentScoring.score(SCHEME, in);
        assertThat(sheets).extracting(Sheet::region).containsExactly("长沙", "株洲", "衡阳", "湘潭", "岳阳");
        assertThat(sheets).extracting(Sheet::total).containsExactly(85.0, 51.0, 51.0, 42.0, 0.0);
        assertThat(sheets).extracting(Sheet::rank).containsExactly(1, 2, 2, 4, 5);
        assertThat(sheets.get(4).vetoed()).isTrue();
        assertThat(sheets.get(3).lines().get(0).explanation())
                .isEqualTo("实际 93.75，下限 90.00、目标 95.00 → 75.0% × 40.00 = 30.00 分");
        assertThat(sheets.get(3).lines().get(2).explanation()).isEqualTo("3.00 次 × 5.00 分（上限 10.00）= -10.00 分");
        assertThat(sheets.get(4).lines().get(4).explanation()).isEqualTo("一票否决：总分记 0");
    }

    @Test
    void missingValuesScoreNothingAndLowerIsBetterIndicatorsRunTheOtherWay() {
        Item complaints = new Item("C", "每万户投诉量", Kind.INDICATOR, 10, 20.0, 10.0, false, 0);
        assertThat(AssessmentScoring.line(complaints, 15.0).score()).isEqualTo(5.0);
        assertThat(AssessmentScoring.line(complaints, 8.0).score()).isEqualTo(10.0);
        assertThat(AssessmentScoring.line(complaints, 25.0).score()).isEqualTo(0.0);
        assertThat(AssessmentScoring.line(complaints, null).explanation()).isEqualTo("无数据，得 0 分");
        Item drugs = new Item("D", "基本药物抽验合格率", Kind.INDICATOR, 10, 100.0, 100.0, true, 0);
        assertThat(AssessmentScoring.line(drugs, 100.0).score()).isEqualTo(10.0);
        assertThat(AssessmentScoring.line(drugs, 99.9).score()).isEqualTo(0.0);
    }
}
