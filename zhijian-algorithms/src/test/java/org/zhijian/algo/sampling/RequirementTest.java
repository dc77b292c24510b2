package org.zhijian.algo.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.sampling.ItemVerdict.Outcome;
import org.zhijian.algo.sampling.SampleVerdict.FailureClass;

class RequirementTest {

    @Test
    void anUpperLimitIsMetAtTheLimitAndByNotDetectedOrBelowLimitValues() {
        Requirement lead = Requirement.max("0.2"); // e.g. lead ≤ 0.2 mg/kg
        assertThat(lead.evaluate("0.2").outcome()).isEqualTo(Outcome.PASS);
        assertThat(lead.evaluate("０.１５").outcome()).isEqualTo(Outcome.PASS);
        assertThat(lead.evaluate("未检出").outcome()).isEqualTo(Outcome.PASS);
        assertThat(lead.evaluate(" ND ").outcome()).isEqualTo(Outcome.PASS);
        assertThat(lead.evaluate("＜0.01").outcome()).isEqualTo(Outcome.PASS);
        assertThat(lead.evaluate("0.21")).isEqualTo(new ItemVerdict(Outcome.FAIL, "0.21 超过上限 0.2"));
        assertThat(lead.evaluate(">0.5").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(lead.evaluate("<0.5").outcome()).isEqualTo(Outcome.INVALID);
        assertThat(lead.evaluate(">0.1").outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void aLowerLimitAndARangeFailBelowAndAbove() {
        Requirement protein = Requirement.min("2.9"); // milk protein ≥ 2.9 g/100g
        assertThat(protein.evaluate("2.90").outcome()).isEqualTo(Outcome.PASS);
        assertThat(protein.evaluate("2.8").reason()).isEqualTo("2.8 低于下限 2.9");
        assertThat(protein.evaluate("未检出").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(protein.evaluate(">3").outcome()).isEqualTo(Outcome.PASS);

        Requirement ph = Requirement.range("6.5", "8.5");
        assertThat(ph.evaluate("6.5").outcome()).isEqualTo(Outcome.PASS);
        assertThat(ph.evaluate("8.5").outcome()).isEqualTo(Outcome.PASS);
        assertThat(ph.evaluate("8.51").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(ph.evaluate("6.4").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void textAndQualitativeItemsCompareTheWrittenResult() {
        Requirement marking = Requirement.equalsText("有 CCC 标志");
        assertThat(marking.evaluate("有ccc标志").outcome()).isEqualTo(Outcome.PASS);
        assertThat(marking.evaluate("无").outcome()).isEqualTo(Outcome.FAIL);

        Requirement q = Requirement.qualitative();
        assertThat(q.evaluate("符合").outcome()).isEqualTo(Outcome.PASS);
        assertThat(q.evaluate("不合格").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(q.evaluate("见报告").outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void anythingElseCannotBeJudgedRatherThanPassing() {
        assertThat(Requirement.max("10").evaluate("约 5").outcome()).isEqualTo(Outcome.INVALID);
        assertThat(Requirement.max("10").evaluate("").reason()).isEqualTo("检验结果为空");
        assertThat(Requirement.max("10").evaluate(null).outcome()).isEqualTo(Outcome.INVALID);
        assertThatThrownBy(() -> Requirement.range("9", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampleFailsWithTheGravestClassOfItsFailedItems() {
        SampleVerdict.Item passA = new SampleVerdict.Item(Requirement.max("1").evaluate("0.5"), FailureClass.A);
        SampleVerdict.Item failB = new SampleVerdict.Item(Requirement.max("1").evaluate("2"), FailureClass.B);
        SampleVerdict.Item failA = new SampleVerdict.Item(Requirement.min("1").evaluate("0"), FailureClass.A);
        SampleVerdict.Item unknown = new SampleVerdict.Item(Requirement.max("1").evaluate("?"), FailureClass.B);

        assertThat(SampleVerdict.of(List.of(passA)).outcome()).isEqualTo(SampleVerdict.Outcome.CONFORMING);
        assertThat(SampleVerdict.of(List.of(passA, failB)))
                .isEqualTo(new SampleVerdict(SampleVerdict.Outcome.NONCONFORMING, FailureClass.B, 1));
        assertThat(SampleVerdict.of(List.of(failB, failA)).failureClass()).isEqualTo(FailureClass.A);
        assertThat(SampleVerdict.of(List.of(failA, unknown)).outcome()).isEqualTo(SampleVerdict.Outcome.UNDECIDED);
        assertThat(SampleVerdict.of(List.of()).outcome()).isEqualTo(SampleVerdict.Outcome.UNDECIDED);
    }
}
