package org.zhijian.sampling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.algo.sampling.CandidatePool;
import org.zhijian.algo.sampling.DrawOutcome;

class DrawWarmUpTest {

    @Test
    void drawsTheTargetsOfEveryPrefectureFromASyntheticPoolOfDistinctCreditCodes() {
        CandidatePool pool = DrawWarmUp.synthetic(30_000);

        DrawOutcome outcome = DrawWarmUp.draw(pool, DrawWarmUp.syntheticTargets()); // refuses a repeated id

        assertThat(pool.size()).isEqualTo(30_000);
        assertThat(pool.id(29_999)).hasSize(18).startsWith("914312");
        assertThat(pool.stratum(29_999)).isEqualTo("431200");
        assertThat(outcome.selections()).hasSize(1_400);
        assertThat(outcome.shortfalls()).isEmpty();
    }
}
