package org.zhijian.algo.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePoolTest {

    @Test
    void growsBeyondItsFirstCapacityAndGivesBackWhatWasAdded() {
        List<Candidate> added = new ArrayList<>();
        CandidatePool.Builder builder = CandidatePool.builder(1);
        for (int i = 0; i < 10_000; i++) {
            String county = "4301" + (10 + i % 7);
            Candidate c =
                    new Candidate("湘-" + "x".repeat(i % 40) + i, i % 3 == 0 ? county : "430100", county, 1 + i % 4);
            byte[] utf8 = ("," + c.id() + " ").getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 0) {
                builder.add(c.id(), c.stratum(), c.county(), c.weight());
            } else {
                builder.add(utf8, 1, utf8.length - 1, c.stratum(), c.county(), c.weight());
            }
            added.add(c);
        }

        CandidatePool pool = builder.build();

        assertThat(pool.size()).isEqualTo(10_000);
        assertThat(pool.candidates()).containsExactlyElementsOf(added);
        assertThat(CandidatePool.of(added).candidates()).containsExactlyElementsOf(added);
    }

    @Test
    void refusesWhatACandidateRecordRefuses() {
        CandidatePool.Builder builder = CandidatePool.builder();
        assertThatThrownBy(() -> builder.add("", "S", "", 1)).hasMessageContaining("needs an id");
        assertThatThrownBy(() -> builder.add("a", null, "", 1)).hasMessageContaining("needs an id and a stratum");
        assertThatThrownBy(() -> builder.add("a", "S", "", 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> builder.add("a", "S", "", Double.POSITIVE_INFINITY))
                .hasMessageContaining("positive");
        assertThat(builder.add("a", "S", null, 1).build().candidate(0)).isEqualTo(new Candidate("a", "S", "", 1));
    }
}
