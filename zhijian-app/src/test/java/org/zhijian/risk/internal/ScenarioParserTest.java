package org.zhijian.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.algo.risk.RiskLevel;
import org.zhijian.algo.risk.RiskMatrix;
import org.zhijian.algo.risk.Scenario;
import org.zhijian.platform.BusinessRuleViolation;
import org.zhijian.risk.Assessment;
import org.zhijian.risk.ScenarioInput;

class ScenarioParserTest {

    @Test
    void readsProbabilitiesWrittenAsFractionsRatiosDecimalsAndPercentages() {
        List<Scenario> s = ScenarioParser.parse(
                List.of(new ScenarioInput("儿童误吞小零件", 4, true, "3岁以下儿童取下零件 1/10\n放入口中：1:2\n吞咽 0.5\n阻塞气道 10%")));
        assertThat(s).hasSize(1);
        assertThat(s.get(0).steps())
                .extracting(Scenario.Step::description)
                .containsExactly("3岁以下儿童取下零件", "放入口中", "吞咽", "阻塞气道");
        assertThat(s.get(0).probability()).isCloseTo(0.0025, within(1e-12));
        assertThat(s.get(0).vulnerable()).isTrue();
    }

    @Test
    void theHighestScenarioSetsTheLevelAndTheAssessmentSurvivesStorage() {
        List<Scenario> s = ScenarioParser.parse(List.of(
                new ScenarioInput("轻微划伤", 1, false, "边缘锋利 1/2"),
                new ScenarioInput("触电", 4, false, "绝缘失效 1/1000\n接触带电部件 1/10"),
                new ScenarioInput("", null, false, "")));
        RiskMatrix matrix = RiskMatrix.parse(RiskMatrix.EU_2019_417);
        Assessment a = new Assessment(s, matrix.assess(s));
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH); // 1e-4 is not above 1e-4: band 1e-5, severity 4
        List<Scenario> back = Assessment.parse(a.format());
        assertThat(back).hasSize(2);
        assertThat(back.get(1).probability()).isCloseTo(1e-4, within(1e-15));
        assertThat(back.get(1).description()).isEqualTo("触电");
    }

    @Test
    void namesTheScenarioAndLineOfEveryMistake() {
        assertThatThrownBy(() -> ScenarioParser.parse(List.of(
                        new ScenarioInput("a", 5, false, "步骤 1/2"), new ScenarioInput("b", 2, false, "没有概率\n概率为零 0"))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("情景 1：严重程度应为 1–4")
                .hasMessageContaining("情景 2 第 1 行")
                .hasMessageContaining("情景 2 第 2 行");
        assertThatThrownBy(() -> ScenarioParser.parse(List.of(new ScenarioInput("", null, false, ""))))
                .hasMessageContaining("至少填写一个伤害情景");
    }
}
